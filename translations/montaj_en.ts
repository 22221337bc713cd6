<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>montaj::ctl::Cli</name>
    <message numerus="yes">
        <source>%n secret(s) masked.</source>
        <translation>
            <numerusform>%n secret masked.</numerusform>
            <numerusform>%n secrets masked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>montaj::ui::RecoveryDialog</name>
    <message numerus="yes">
        <source>Montaj closed before %n project(s) could be saved. The latest changes were kept automatically: save each project to keep it, or discard it.</source>
        <translation>
            <numerusform>Montaj closed before %n project could be saved. The latest changes were kept automatically: save it to keep it, or discard it.</numerusform>
            <numerusform>Montaj closed before %n projects could be saved. The latest changes were kept automatically: save each project to keep it, or discard it.</numerusform>
        </translation>
    </message>
</context>
</TS>
