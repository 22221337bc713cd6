<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AssFormat</name>
        <message numerus="yes">
            <source>The script uses %n style(s); a track has one style, so “%1” is used for every cue.</source>
            <translation>
                <numerusform>The script uses %n style; a track has one style, so “%1” is used for every cue.</numerusform>
                <numerusform>The script uses %n styles; a track has one style, so “%1” is used for every cue.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaptionFile</name>
        <message numerus="yes">
            <source>%n byte sequence(s) were not valid %1 and were replaced by “�”.</source>
            <translation>
                <numerusform>%n byte sequence was not valid %1 and was replaced by “�”.</numerusform>
                <numerusform>%n byte sequences were not valid %1 and were replaced by “�”.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaptionFileActions</name>
        <message numerus="yes">
            <source>%1 (%2, %3): %n caption(s) imported</source>
            <translation>
                <numerusform>%1 (%2, %3): %n caption imported</numerusform>
                <numerusform>%1 (%2, %3): %n captions imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaptionParseContext</name>
        <message numerus="yes">
            <source>%1 (and %n more line(s) like this)</source>
            <translation>
                <numerusform>%1 (and %n more line like this)</numerusform>
                <numerusform>%1 (and %n more lines like this)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more warning(s) not shown.</source>
            <translation>
                <numerusform>%n more warning not shown.</numerusform>
                <numerusform>%n more warnings not shown.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DealReminders</name>
        <message numerus="yes">
            <source>The deal with %1 has been “%2” for %n day(s) without a change.</source>
            <translation>
                <numerusform>The deal with %1 has been “%2” for %n day without a change.</numerusform>
                <numerusform>The deal with %1 has been “%2” for %n days without a change.</numerusform>
            </translation>
        </message>
    </context>
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
        <name>MediaBinActions</name>
        <message numerus="yes">
            <source>Add %n clip(s) to the timeline</source>
            <translation>
                <numerusform>Add %n clip to the timeline</numerusform>
                <numerusform>Add %n clips to the timeline</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %n file(s) from the media bin</source>
            <translation>
                <numerusform>Remove %n file from the media bin</numerusform>
                <numerusform>Remove %n files from the media bin</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReachDrivers</name>
        <message numerus="yes">
            <source>A caption of %n character(s) rather than your usual %1: %2</source>
            <translation>
                <numerusform>A caption of %n character rather than your usual %1: %2</numerusform>
                <numerusform>A caption of %n characters rather than your usual %1: %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReachEstimator</name>
        <message numerus="yes">
            <source>Only %n earlier video(s) to learn from: the range stays wide until there are %1.</source>
            <translation>
                <numerusform>Only %n earlier video to learn from: the range stays wide until there are %1.</numerusform>
                <numerusform>Only %n earlier videos to learn from: the range stays wide until there are %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your latest video is %n day(s) older than this post: the estimate leans on old results.</source>
            <translation>
                <numerusform>Your latest video is %n day older than this post: the estimate leans on old results.</numerusform>
                <numerusform>Your latest video is %n days older than this post: the estimate leans on old results.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineEdits</name>
        <message numerus="yes">
            <source>Delete %n item(s)</source>
            <translation>
                <numerusform>Delete %n item</numerusform>
                <numerusform>Delete %n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ripple delete %n item(s)</source>
            <translation>
                <numerusform>Ripple delete %n item</numerusform>
                <numerusform>Ripple delete %n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Split %n item(s)</source>
            <translation>
                <numerusform>Split %n item</numerusform>
                <numerusform>Split %n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Insert %n clip(s)</source>
            <translation>
                <numerusform>Insert %n clip</numerusform>
                <numerusform>Insert %n clips</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineText</name>
        <message numerus="yes">
            <source>%n clip(s), %1 long; playhead at %2</source>
            <translation>
                <numerusform>%n clip, %1 long; playhead at %2</numerusform>
                <numerusform>%n clips, %1 long; playhead at %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1; %n item(s) selected</source>
            <translation>
                <numerusform>%1; %n item selected</numerusform>
                <numerusform>%1; %n items selected</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VttFormat</name>
        <message numerus="yes">
            <source>%n inline timestamp(s) out of order or outside the cue were ignored.</source>
            <translation>
                <numerusform>%n inline timestamp out of order or outside the cue was ignored.</numerusform>
                <numerusform>%n inline timestamps out of order or outside the cue were ignored.</numerusform>
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
        <name>montaj::CollaborationsPage</name>
        <message numerus="yes">
            <source>Invitations synced: %n deal(s) new or updated.</source>
            <translation>
                <numerusform>Invitations synced: %n deal new or updated.</numerusform>
                <numerusform>Invitations synced: %n deals new or updated.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::CompliancePanel</name>
        <message numerus="yes">
            <source>This deliverable's post cannot be scheduled yet: %n problem(s) to fix.</source>
            <translation>
                <numerusform>This deliverable's post cannot be scheduled yet: %n problem to fix.</numerusform>
                <numerusform>This deliverable's post cannot be scheduled yet: %n problems to fix.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::DealLinkBox</name>
        <message numerus="yes">
            <source>%n disclosure item(s) missing: see “Before scheduling” below.</source>
            <translation>
                <numerusform>%n disclosure item missing: see “Before scheduling” below.</numerusform>
                <numerusform>%n disclosure items missing: see “Before scheduling” below.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::DealView</name>
        <message numerus="yes">
            <source>%1 upfront, net %n day(s)</source>
            <translation>
                <numerusform>%1 upfront, net %n day</numerusform>
                <numerusform>%1 upfront, net %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, %2 to %3, then %n day(s)</source>
            <translation>
                <numerusform>%1, %2 to %3, then %n day</numerusform>
                <numerusform>%1, %2 to %3, then %n days</numerusform>
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
        <name>montaj::ProjectDocument</name>
        <message numerus="yes">
            <source>There is no caption number %1 (the project has %n caption(s)).</source>
            <translation>
                <numerusform>There is no caption number %1 (the project has %n caption).</numerusform>
                <numerusform>There is no caption number %1 (the project has %n captions).</numerusform>
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
        <message numerus="yes">
            <source>%1: %n cue(s), %2, %3 → %4</source>
            <translation>
                <numerusform>%1: %n cue, %2, %3 → %4</numerusform>
                <numerusform>%1: %n cues, %2, %3 → %4</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cue(s) from speech (%1) → %2</source>
            <translation>
                <numerusform>%n cue from speech (%1) → %2</numerusform>
                <numerusform>%n cues from speech (%1) → %2</numerusform>
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
        <name>montaj::ui::CaptionsPanel</name>
        <message numerus="yes">
            <source>%n caption(s)</source>
            <translation>
                <numerusform>%n caption</numerusform>
                <numerusform>%n captions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n need(s) attention</source>
            <translation>
                <numerusform>%n needs attention</numerusform>
                <numerusform>%n need attention</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Replace the project's %n caption(s) with the file's?</source>
            <translation>
                <numerusform>Replace the project's %n caption with the file's?</numerusform>
                <numerusform>Replace the project's %n captions with the file's?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n replacement(s) made</source>
            <translation>
                <numerusform>%n replacement made</numerusform>
                <numerusform>%n replacements made</numerusform>
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
        <name>montaj::ui::EditPage</name>
        <message numerus="yes">
            <source>%n media file(s) of this project cannot be found.</source>
            <translation>
                <numerusform>%n media file of this project cannot be found.</numerusform>
                <numerusform>%n media files of this project cannot be found.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n disclosure label(s) for the whole video.</source>
            <translation>
                <numerusform>Added %n disclosure label for the whole video.</numerusform>
                <numerusform>Added %n disclosure labels for the whole video.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %n take(s)</source>
            <translation>
                <numerusform>Add %n take</numerusform>
                <numerusform>Add %n takes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n take(s) added to the end of the timeline.</source>
            <translation>
                <numerusform>%n take added to the end of the timeline.</numerusform>
                <numerusform>%n takes added to the end of the timeline.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::ExportDialog</name>
        <message numerus="yes">
            <source>The video will be %1 at %2, %3 long (%n frame(s)).</source>
            <translation>
                <numerusform>The video will be %1 at %2, %3 long (%n frame).</numerusform>
                <numerusform>The video will be %1 at %2, %3 long (%n frames).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::InspectorMultiPage</name>
        <message numerus="yes">
            <source>%n item(s) selected</source>
            <translation>
                <numerusform>%n item selected</numerusform>
                <numerusform>%n items selected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clip(s)</source>
            <translation>
                <numerusform>%n clip</numerusform>
                <numerusform>%n clips</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n text(s)</source>
            <translation>
                <numerusform>%n text</numerusform>
                <numerusform>%n texts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Change the volume of %n clip(s)</source>
            <translation>
                <numerusform>Change the volume of %n clip</numerusform>
                <numerusform>Change the volume of %n clips</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mute %n clip(s)</source>
            <translation>
                <numerusform>Mute %n clip</numerusform>
                <numerusform>Mute %n clips</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Unmute %n clip(s)</source>
            <translation>
                <numerusform>Unmute %n clip</numerusform>
                <numerusform>Unmute %n clips</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::InspectorProjectPage</name>
        <message numerus="yes">
            <source>%n clip(s), %1 long</source>
            <translation>
                <numerusform>%n clip, %1 long</numerusform>
                <numerusform>%n clips, %1 long</numerusform>
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
        <name>montaj::ui::PostCalendarModel</name>
        <message numerus="yes">
            <source>%1 of %n post(s) linked</source>
            <translation>
                <numerusform>%1 of %n post linked</numerusform>
                <numerusform>%1 of %n posts linked</numerusform>
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
        <name>montaj::ui::ReachFollowUpPanel</name>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Compared %n time(s): %1 % of the actual views fell within the estimated range.</source>
            <translation>
                <numerusform>Compared %n time: %1 % of the actual views fell within the estimated range.</numerusform>
                <numerusform>Compared %n times: %1 % of the actual views fell within the estimated range.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Compared %n time(s): %1 % of the actual views fell within the estimated range. First-day estimates are adjusted by %2 % from your published posts.</source>
            <translation>
                <numerusform>Compared %n time: %1 % of the actual views fell within the estimated range. First-day estimates are adjusted by %2 % from your published posts.</numerusform>
                <numerusform>Compared %n times: %1 % of the actual views fell within the estimated range. First-day estimates are adjusted by %2 % from your published posts.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::ReachPage</name>
        <message numerus="yes">
            <source>About %1 views in 7 days (80 % between %2 and %3), from %n earlier video(s).</source>
            <translation>
                <numerusform>About %1 views in 7 days (80 % between %2 and %3), from %n earlier video.</numerusform>
                <numerusform>About %1 views in 7 days (80 % between %2 and %3), from %n earlier videos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The file holds %n creator(s) and none is @%1.</source>
            <translation>
                <numerusform>The file holds %n creator and none is @%1.</numerusform>
                <numerusform>The file holds %n creators and none is @%1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) of the file could not be read (first: %1).</source>
            <translation>
                <numerusform>%n row of the file could not be read (first: %1).</numerusform>
                <numerusform>%n rows of the file could not be read (first: %1).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::RecoveryDialog</name>
        <message numerus="yes">
            <source>Montaj closed before %n project(s) could be saved. The latest changes were kept automatically: open a project in the editor, save it to keep it, or discard it.</source>
            <translation>
                <numerusform>Montaj closed before %n project could be saved. The latest changes were kept automatically: open a project in the editor, save it to keep it, or discard it.</numerusform>
                <numerusform>Montaj closed before %n projects could be saved. The latest changes were kept automatically: open a project in the editor, save it to keep it, or discard it.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::RelinkDialog</name>
        <message numerus="yes">
            <source>Found %1 of %n missing file(s) in %2.</source>
            <translation>
                <numerusform>Found %1 of %n missing file in %2.</numerusform>
                <numerusform>Found %1 of %n missing files in %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) used by this project cannot be found. Show where each one is now, or search a folder for files with the same names.</source>
            <translation>
                <numerusform>%n file used by this project cannot be found. Show where it is now, or search a folder for a file with the same name.</numerusform>
                <numerusform>%n files used by this project cannot be found. Show where each one is now, or search a folder for files with the same names.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::SpeechCaptioner</name>
        <message numerus="yes">
            <source>Replace the project's %n caption(s) with captions made from speech?</source>
            <translation>
                <numerusform>Replace the project's %n caption with captions made from speech?</numerusform>
                <numerusform>Replace the project's %n captions with captions made from speech?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n caption(s) made from speech; check them before posting.</source>
            <translation>
                <numerusform>%n caption made from speech; check it before posting.</numerusform>
                <numerusform>%n captions made from speech; check them before posting.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::TakeRecoveryBar</name>
        <message numerus="yes">
            <source>The recording session of %1 ended before it was finished: %n take(s) were kept (%2) in %3.</source>
            <translation>
                <numerusform>The recording session of %1 ended before it was finished: %n take was kept (%2) in %3.</numerusform>
                <numerusform>The recording session of %1 ended before it was finished: %n takes were kept (%2) in %3.</numerusform>
            </translation>
        </message>
    </context>
</TS>
