<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Formatting</name>
    <message>
        <location filename="../ui/Formatting.cpp" line="39"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Formatting.cpp" line="41"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Formatting.cpp" line="44"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Formatting.cpp" line="47"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Formatting.cpp" line="61"/>
        <source>Auto-detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Formatting.cpp" line="63"/>
        <source>Jaeger JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Formatting.cpp" line="65"/>
        <source>Zipkin v2 JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Formatting.cpp" line="67"/>
        <source>OpenTelemetry OTLP JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Formatting.cpp" line="69"/>
        <source>Nezha dataset (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Formatting.cpp" line="71"/>
        <source>DeepTraLog dataset (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Formatting.cpp" line="73"/>
        <source>LabelEase CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Formatting.cpp" line="75"/>
        <source>Span CSV with a column mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="42"/>
        <source>&lt;h3&gt;Tracemark %1&lt;/h3&gt;&lt;p&gt;A workbench that turns distributed traces, logs and KPIs into a labelled dataset: import, browse, label, find root causes and export for training.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3. The workbench window does not load LibTorch; model training and evaluation run in &lt;tt&gt;tracemark-cli&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="55"/>
        <source>About Tracemark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="72"/>
        <source>In the trace table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="73"/>
        <source>Up, Down, Page Up, Page Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="74"/>
        <source>Move through the traces; more load as you go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="75"/>
        <source>First trace, last loaded trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="75"/>
        <source>Ctrl+Home, Ctrl+End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="76"/>
        <source>Enter in the search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="77"/>
        <source>Apply the search at once instead of after the pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="78"/>
        <source>In dialogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="80"/>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="80"/>
        <source>Close the dialog (cancels a running import first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="88"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="176"/>
        <source>Tracemark trace labeling workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="180"/>
        <source>Workspace (.tmk) to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="182"/>
        <source>Save a PNG of the window once the workspace is loaded, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="187"/>
        <source>Window size for --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="190"/>
        <source>Print the time to open the workspace and show the first page of the table (median of 5 runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="195"/>
        <source>User interface language, e.g. en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracemark::EmptyStateWidget</name>
    <message>
        <location filename="../ui/EmptyStateWidget.cpp" line="30"/>
        <source>Open or create a workspace, or drop trace files here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EmptyStateWidget.cpp" line="37"/>
        <source>A workspace is one .tmk file that holds the imported traces, logs, metrics and your labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EmptyStateWidget.cpp" line="44"/>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EmptyStateWidget.cpp" line="46"/>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EmptyStateWidget.cpp" line="56"/>
        <source>Recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracemark::ImportDialog</name>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="48"/>
        <source>Import Traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="54"/>
        <source>Import trace files into &lt;b&gt;%1&lt;/b&gt;. Everything is added in one step: if a file has a problem, or you cancel, the workspace stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="74"/>
        <source>field=column pairs. Fields: trace_id, span_id, parent_id, service, operation, instance, start, end, duration, status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="81"/>
        <source>Column &amp;mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="82"/>
        <source>&amp;Time unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="85"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="99"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="101"/>
        <source>&amp;Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="103"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="197"/>
        <source>%1 was not recognised: %2
Choose its format below, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="214"/>
        <source>The column mapping is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="232"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="251"/>
        <source>Cancelling… everything read so far is being rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="288"/>
        <source>%1 traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="289"/>
        <source>%1 spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="291"/>
        <source>%1 log records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="293"/>
        <source>%1 metric samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="295"/>
        <source>%1 ground-truth records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="297"/>
        <source>%1 fault injections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="299"/>
        <source>Imported %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="302"/>
        <source>%1 spans have no parent in the data and were kept as orphans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="316"/>
        <source>Import cancelled. The workspace is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="320"/>
        <source>The import failed and nothing was added to the workspace:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracemark::ImportInputList</name>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="38"/>
        <source>Add &amp;Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="39"/>
        <source>Add F&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="40"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="44"/>
        <source>File or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="44"/>
        <source>Detected format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="117"/>
        <source>Add Trace Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="118"/>
        <source>Trace files (*.json *.json.gz *.csv *.csv.gz *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="123"/>
        <source>Add a Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="151"/>
        <source>Not recognised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracemark::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="74"/>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75"/>
        <source>Tracemark workspaces (*.tmk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="95"/>
        <source>Reading the traces failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122"/>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>Import Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="123"/>
        <source>Wait for the import to finish, or cancel it, before opening another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="131"/>
        <source>Cannot Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132"/>
        <source>Could not open %1:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>Wait for the import to finish, or cancel it, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>Cannot Create Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="156"/>
        <source>Could not create %1:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <source>Reading the workspace summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="213"/>
        <source>The workspace summary could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="222"/>
        <source>%1 traces · %2 spans · %3 services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="227"/>
        <source>%1 labelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="239"/>
        <source>%1 — Tracemark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="241"/>
        <source>Tracemark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="260"/>
        <source>workspace.tmk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="265"/>
        <source>Workspace Exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="266"/>
        <source>%1 already exists. Open it instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="277"/>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="277"/>
        <source>Tracemark workspaces (*.tmk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="288"/>
        <source>An import is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="21"/>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="25"/>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="29"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="31"/>
        <source>Import trace files or a dataset folder into this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="34"/>
        <source>&amp;Close Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="38"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="43"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="47"/>
        <source>&amp;Search Traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="51"/>
        <source>Reset &amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="56"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="65"/>
        <source>&amp;About Tracemark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="68"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="75"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="78"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="88"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="94"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="109"/>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="115"/>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="117"/>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracemark::TraceFilterBar</name>
    <message>
        <location filename="../ui/TraceFilterBar.cpp" line="31"/>
        <source>&amp;Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TraceFilterBar.cpp" line="36"/>
        <source>Search trace ID prefix, service or operation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TraceFilterBar.cpp" line="41"/>
        <source>Only traces with a span of this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TraceFilterBar.cpp" line="45"/>
        <source>Only traces with a span of this operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TraceFilterBar.cpp" line="50"/>
        <source>Only traces with at least one span in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TraceFilterBar.cpp" line="55"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TraceFilterBar.cpp" line="56"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TraceFilterBar.cpp" line="57"/>
        <source>Only traces at least this long (end-to-end latency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TraceFilterBar.cpp" line="61"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TraceFilterBar.cpp" line="62"/>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TraceFilterBar.cpp" line="65"/>
        <source>Min &amp;duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TraceFilterBar.cpp" line="133"/>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TraceFilterBar.cpp" line="150"/>
        <source>All operations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracemark::TracePanel</name>
    <message>
        <location filename="../ui/TracePanel.cpp" line="125"/>
        <source>Counting matching traces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TracePanel.cpp" line="139"/>
        <source>Could not count the matching traces: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TracePanel.cpp" line="149"/>
        <source>%Ln trace(s) match</source>
        <translation>
            <numerusform>%Ln trace matches</numerusform>
            <numerusform>%Ln traces match</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TracePanel.cpp" line="150"/>
        <source>%1 traces match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TracePanel.cpp" line="161"/>
        <source>The traces could not be read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TracePanel.cpp" line="163"/>
        <source>This workspace has no traces yet.
Import trace files with File ▸ Import… or drop them on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TracePanel.cpp" line="166"/>
        <source>No trace matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracemark::TraceTableModel</name>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="32"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="34"/>
        <source>Abnormal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="43"/>
        <source>set by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="45"/>
        <source>propagated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="47"/>
        <source>suggested by a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="222"/>
        <source>%1 spans, %2 of them without their parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="227"/>
        <source>%1 spans with an error status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="231"/>
        <source>Not labelled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="232"/>
        <source>%1, %2, confidence %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="249"/>
        <source>Start of the trace&apos;s earliest span, in local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="251"/>
        <source>End-to-end latency of the trace, in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="253"/>
        <source>Spans with an error status (HTTP 4xx/5xx, gRPC error, error flag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="255"/>
        <source>Normal or abnormal, when the trace has been labelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="264"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="266"/>
        <source>Trace ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="268"/>
        <source>Root service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="270"/>
        <source>Root operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="272"/>
        <source>Duration (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="274"/>
        <source>Spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="276"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="278"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
