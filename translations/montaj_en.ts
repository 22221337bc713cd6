<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>GiftCsvImport</name>
        <message numerus="yes">
            <source>%Ln problem(s) in %1; nothing was imported. %2</source>
            <translation>
                <numerusform>%Ln problem in %1; nothing was imported. %2</numerusform>
                <numerusform>%Ln problems in %1; nothing was imported. %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkspaceErrors</name>
        <message numerus="yes">
            <source>This account still has %n post(s). Delete or move them first.</source>
            <translation>
                <numerusform>This account still has %n post. Delete or move it first.</numerusform>
                <numerusform>This account still has %n posts. Delete or move them first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::LiveEventStream</name>
        <message numerus="yes">
            <source>The LIVE connection could not be restored after %Ln attempts.</source>
            <translation>
                <numerusform>The LIVE connection could not be restored after %Ln attempt.</numerusform>
                <numerusform>The LIVE connection could not be restored after %Ln attempts.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::PublishJob</name>
        <message numerus="yes">
            <source>Montaj gave up after %n attempt(s). The last problem: %1</source>
            <translation>
                <numerusform>Montaj gave up after %n attempt. The last problem: %1</numerusform>
                <numerusform>Montaj gave up after %n attempts. The last problem: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::ctl::Cli</name>
        <message numerus="yes">
            <source>%n secret(s) masked.</source>
            <translation>
                <numerusform>%n secret masked.</numerusform>
                <numerusform>%n secrets masked.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n post(s).</source>
            <translation>
                <numerusform>Imported %n post.</numerusform>
                <numerusform>Imported %n posts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n post(s) to %1.</source>
            <translation>
                <numerusform>Wrote %n post to %1.</numerusform>
                <numerusform>Wrote %n posts to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::BreakdownPanel</name>
        <message numerus="yes">
            <source>%Ln row(s) · %1 coins · %2</source>
            <translation>
                <numerusform>%Ln row · %1 coins · %2</numerusform>
                <numerusform>%Ln rows · %1 coins · %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) · total %1 · %2 diamonds · %3 coins</source>
            <translation>
                <numerusform>%Ln row · total %1 · %2 diamonds · %3 coins</numerusform>
                <numerusform>%Ln rows · total %1 · %2 diamonds · %3 coins</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::ComposerDialog</name>
        <message numerus="yes">
            <source>%n hashtag(s)</source>
            <translation>
                <numerusform>%n hashtag</numerusform>
                <numerusform>%n hashtags</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mention(s)</source>
            <translation>
                <numerusform>%n mention</numerusform>
                <numerusform>%n mentions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No free posting time in the next %n day(s).</source>
            <translation>
                <numerusform>No free posting time in the next day.</numerusform>
                <numerusform>No free posting time in the next %n days.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::CsvImportDialog</name>
        <message numerus="yes">
            <source>%n row(s) read:</source>
            <translation>
                <numerusform>%n row read:</numerusform>
                <numerusform>%n rows read:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n valid,</source>
            <translation>
                <numerusform>%n valid,</numerusform>
                <numerusform>%n valid,</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with errors.</source>
            <translation>
                <numerusform>%n with errors.</numerusform>
                <numerusform>%n with errors.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import the %n valid row(s) for approval</source>
            <translation>
                <numerusform>Import the %n valid row for approval</numerusform>
                <numerusform>Import the %n valid rows for approval</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import the %n valid row(s)</source>
            <translation>
                <numerusform>Import the %n valid row</numerusform>
                <numerusform>Import the %n valid rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::EarningsPage</name>
        <message numerus="yes">
            <source>%Ln session(s) do not match the platform's totals.</source>
            <translation>
                <numerusform>%Ln session does not match the platform's totals.</numerusform>
                <numerusform>%Ln sessions do not match the platform's totals.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln past session(s) brought in; every total matches the platform's.</source>
            <translation>
                <numerusform>%Ln past session brought in; its total matches the platform's.</numerusform>
                <numerusform>%Ln past sessions brought in; every total matches the platform's.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln session(s) on the platform.</source>
            <translation>
                <numerusform>%Ln session on the platform.</numerusform>
                <numerusform>%Ln sessions on the platform.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln exchange rate(s) added.</source>
            <translation>
                <numerusform>%Ln exchange rate added.</numerusform>
                <numerusform>%Ln exchange rates added.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::LiveDashboard</name>
        <message numerus="yes">
            <source>Gifts per minute, last %Ln minute(s)</source>
            <translation>
                <numerusform>Gifts per minute, last minute</numerusform>
                <numerusform>Gifts per minute, last %Ln minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln diamond(s)</source>
            <translation>
                <numerusform>%Ln diamond</numerusform>
                <numerusform>%Ln diamonds</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::PublishPage</name>
        <message numerus="yes">
            <source>Imported %n post(s).</source>
            <translation>
                <numerusform>Imported %n post.</numerusform>
                <numerusform>Imported %n posts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n post(s) to %1.</source>
            <translation>
                <numerusform>Exported %n post to %1.</numerusform>
                <numerusform>Exported %n posts to %1.</numerusform>
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
