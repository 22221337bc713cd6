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
</TS>
