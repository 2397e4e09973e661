<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FaultType</name>
    <message>
        <location filename="../ui/rca/FaultTypeNames.cpp" line="14"/>
        <source>Pod failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultTypeNames.cpp" line="15"/>
        <source>CPU exhaustion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultTypeNames.cpp" line="16"/>
        <source>Memory exhaustion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultTypeNames.cpp" line="17"/>
        <source>Network delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultTypeNames.cpp" line="18"/>
        <source>Packet loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultTypeNames.cpp" line="19"/>
        <source>Error / exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultTypeNames.cpp" line="20"/>
        <source>Wrong return value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultTypeNames.cpp" line="21"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>GraphLayout</name>
    <message>
        <location filename="../ui/graph/GraphLayout.cpp" line="55"/>
        <source>Graphviz could not be initialised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/graph/GraphLayout.cpp" line="92"/>
        <source>Graphviz dot could not lay out the graph</source>
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
    <name>TraceStyle</name>
    <message>
        <location filename="../ui/trace/TraceStyle.cpp" line="27"/>
        <source>%1 ns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceStyle.cpp" line="29"/>
        <source>%1 µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceStyle.cpp" line="31"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceStyle.cpp" line="32"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceStyle.cpp" line="67"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceStyle.cpp" line="69"/>
        <source>Client error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceStyle.cpp" line="71"/>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceStyle.cpp" line="73"/>
        <location filename="../ui/trace/TraceStyle.cpp" line="75"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="204"/>
        <source>Tracemark trace labeling workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="208"/>
        <source>Workspace (.tmk) to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="210"/>
        <source>Save a PNG of the window once the workspace is loaded, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="215"/>
        <source>Window size for --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="218"/>
        <source>Print the time to open the workspace and show the first page of the table (median of 5 runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="223"/>
        <source>User interface language, e.g. en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="226"/>
        <source>Page for --screenshot: traces, labeling, rootcause or import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="229"/>
        <source>With --page import: a file the import wizard previews.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracemark::CliJob</name>
    <message>
        <location filename="../ui/jobs/CliJob.cpp" line="30"/>
        <source>Could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/CliJob.cpp" line="68"/>
        <source>tracemark-cli was not found next to the application or on PATH; set its path in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/CliJob.cpp" line="133"/>
        <source>tracemark-cli crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/CliJob.cpp" line="134"/>
        <source>tracemark-cli exited with status %1</source>
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
    <name>tracemark::ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="34"/>
        <source>Trace labels (labels.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="36"/>
        <source>Root causes for LabelEase (groundtruth.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="38"/>
        <source>Fault periods and root causes (Tracemark JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="40"/>
        <source>Traces as Jaeger JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="49"/>
        <source>One row per trace, in start order: trace_id and anomaly (as LabelEase reads them), then label, source, confidence, cluster and representative. Traces nobody labelled are written with an empty anomaly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="53"/>
        <source>One object per fault period that has a root cause: timestamp, end_timestamp, level, cmdb_id and failure_type, the layout of the LabelEase datasets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="56"/>
        <source>Every fault period, judged or not: its times, origin and abnormal trace count, and its root cause (service, instance, type, note, author) or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="59"/>
        <source>Jaeger query JSON that the Jaeger UI loads, with every span, its status and kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="79"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="80"/>
        <source>Include trace &amp;labels (tracemark.label tags on root spans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="81"/>
        <source>Include span l&amp;ogs (log records joined to spans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="86"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="92"/>
        <source>Export from &lt;b&gt;%1&lt;/b&gt;. The file is written under a temporary name and renamed when it is complete, so a failure or Cancel never leaves half a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="105"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="119"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="121"/>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="134"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="136"/>
        <source>&amp;Cancel Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="138"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="220"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="220"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="222"/>
        <source>Export To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="241"/>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="243"/>
        <source>%1 is a folder; add a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="246"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="249"/>
        <source>%1 exists and will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="282"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="298"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="338"/>
        <source>1 trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="338"/>
        <source>%1 traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="339"/>
        <source>1 fault period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="339"/>
        <source>%1 fault periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="340"/>
        <source>Exported %1 to %2 (%3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="347"/>
        <source>Export cancelled. %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="350"/>
        <source>The export failed and %1 was not written:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracemark::FaultPeriodTableModel</name>
    <message>
        <location filename="../ui/rca/FaultPeriodTableModel.cpp" line="69"/>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultPeriodTableModel.cpp" line="71"/>
        <source>fault list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultPeriodTableModel.cpp" line="73"/>
        <source>drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultPeriodTableModel.cpp" line="105"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultPeriodTableModel.cpp" line="108"/>
        <source>%1 by %2 on %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultPeriodTableModel.cpp" line="127"/>
        <source>not labelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultPeriodTableModel.cpp" line="130"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultPeriodTableModel.cpp" line="143"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultPeriodTableModel.cpp" line="145"/>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultPeriodTableModel.cpp" line="147"/>
        <source>Abnormal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultPeriodTableModel.cpp" line="149"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultPeriodTableModel.cpp" line="151"/>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultPeriodTableModel.cpp" line="153"/>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracemark::ImportDialog</name>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="42"/>
        <source>Import Traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="131"/>
        <source>Column &amp;mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="59"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="60"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="61"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="63"/>
        <source>&amp;Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="65"/>
        <source>Import &amp;More…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="66"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="88"/>
        <source>Import trace files or dataset folders into &lt;b&gt;%1&lt;/b&gt;. The format of each is detected; choose another under &quot;Import as&quot; if it is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="114"/>
        <source>Same as the time unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="121"/>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="122"/>
        <source>Semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="123"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="124"/>
        <source>Vertical bar (|)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="132"/>
        <source>&amp;Time unit (start, end):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="133"/>
        <source>&amp;Duration unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="134"/>
        <source>De&amp;limiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="137"/>
        <source>A span CSV needs to know which column holds what. Write field=column pairs separated by commas. Required fields: trace_id, span_id, service, start, and end or duration. Optional: parent_id, operation, instance, status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="157"/>
        <source>Nothing is written yet. Import adds every input in one step: if any of them has a problem, or you cancel, the workspace stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="275"/>
        <source>Give the column mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="321"/>
        <source>Step 1 of %1: Choose what to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="324"/>
        <source>Step 2 of %1: Span CSV options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="327"/>
        <source>Step %1 of %2: Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="330"/>
        <source>Step %1 of %1: Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="333"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="340"/>
        <source>%1 was not recognised: %2
Choose its format under &quot;Import as&quot;, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="284"/>
        <source>The column mapping is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialogRun.cpp" line="72"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialogRun.cpp" line="88"/>
        <source>Cancelling… everything read so far is being rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialogRun.cpp" line="21"/>
        <source>%1 traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialogRun.cpp" line="22"/>
        <source>%1 spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialogRun.cpp" line="24"/>
        <source>%1 log records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialogRun.cpp" line="26"/>
        <source>%1 metric samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialogRun.cpp" line="28"/>
        <source>%1 ground-truth records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialogRun.cpp" line="30"/>
        <source>%1 fault injections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialogRun.cpp" line="31"/>
        <source>Imported %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialogRun.cpp" line="35"/>
        <source>%1 spans have no parent in the data and were kept as orphans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialogRun.cpp" line="129"/>
        <source>Import cancelled. The workspace is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialogRun.cpp" line="132"/>
        <source>The import failed and nothing was added to the workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialogRun.cpp" line="152"/>
        <source>Warnings:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracemark::ImportInputList</name>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="43"/>
        <source>As detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="43"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="62"/>
        <source>Add &amp;Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="63"/>
        <source>Add F&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="64"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="68"/>
        <source>File or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="68"/>
        <source>Detected format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="68"/>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="172"/>
        <source>Add Trace Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="173"/>
        <source>Trace files (*.json *.json.gz *.csv *.csv.gz *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="178"/>
        <source>Add a Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="206"/>
        <source>Not recognised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracemark::ImportPreviewPage</name>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="37"/>
        <source>&lt;b&gt;The importer stopped at this problem:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="48"/>
        <source>Trace ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="48"/>
        <source>Spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="48"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="48"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="48"/>
        <source>Duration (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="61"/>
        <source>&amp;Input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="121"/>
        <source>Add a file or folder to see a preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="142"/>
        <source>%1 was not recognised: choose its format on the first page to preview it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="147"/>
        <source>as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="148"/>
        <source>Reading the first traces of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="187"/>
        <source>%1 spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="189"/>
        <source>%1 log records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="191"/>
        <source>%1 KPI samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="195"/>
        <source>No traces in the part of %1 that was read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="197"/>
        <source>1 trace of %1 was read before the problem below (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="199"/>
        <source>%1 traces of %2 were read before the problem below (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="202"/>
        <source>The only trace of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="204"/>
        <source>All %1 traces of %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="207"/>
        <source>The first %1 traces of %2 (%3 read; counts cover that part only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="210"/>
        <source>First warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracemark::JobBar</name>
    <message>
        <location filename="../ui/jobs/JobBar.cpp" line="17"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobBar.cpp" line="44"/>
        <source>%1: cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobBar.cpp" line="63"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracemark::LabelQueueModel</name>
    <message>
        <location filename="../ui/labeling/LabelQueueModel.cpp" line="89"/>
        <source>representative · cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelQueueModel.cpp" line="90"/>
        <source>suggested · cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelQueueModel.cpp" line="90"/>
        <source>suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelQueueModel.cpp" line="100"/>
        <source>%1 · saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelQueueModel.cpp" line="128"/>
        <source>Suggested because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelQueueModel.cpp" line="141"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelQueueModel.cpp" line="142"/>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelQueueModel.cpp" line="143"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelQueueModel.cpp" line="144"/>
        <source>Root span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelQueueModel.cpp" line="145"/>
        <source>Duration (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelQueueModel.cpp" line="146"/>
        <source>Spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelQueueModel.cpp" line="147"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelQueueModel.cpp" line="148"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracemark::LabelingPage</name>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="75"/>
        <source>Trace vectors the selection runs on: gnn (the trained encoder, after Embed), stv (span-type counts) or bag (operation bag), both computed on the fly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="79"/>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="80"/>
        <source>Number of representatives (auto: 0.1 % of the traces, at least 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="81"/>
        <source>Select representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="82"/>
        <source>Propagate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="83"/>
        <location filename="../ui/labeling/LabelingPageActions.cpp" line="253"/>
        <source>Give every other trace the label of its nearest labelled neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="87"/>
        <source>Suggest next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="88"/>
        <location filename="../ui/labeling/LabelingPageActions.cpp" line="256"/>
        <source>Add the traces whose propagated label is most doubtful to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="89"/>
        <source>Embed traces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="90"/>
        <source>Train the graph encoder on this workspace and store a vector per trace (gnn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="91"/>
        <source>Vectors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="93"/>
        <source>k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="118"/>
        <source>Search trace id, service or operation  (/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="122"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="125"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="126"/>
        <source>With errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="127"/>
        <source>Without errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="133"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="135"/>
        <source>min ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="136"/>
        <source>max ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="138"/>
        <source>Any label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="139"/>
        <source>Unlabeled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="140"/>
        <source>Labeled by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="141"/>
        <source>Propagated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="142"/>
        <source>Not yet judged by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="181"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="187"/>
        <source>%v of %m queued traces judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="190"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="190"/>
        <source>Traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="190"/>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="190"/>
        <source>By a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="190"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="190"/>
        <source>Abnormal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="196"/>
        <source>Labels of each cluster&apos;s members (any source); double-click to go to its representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="216"/>
        <source>Normal  (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="217"/>
        <source>Abnormal  (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="218"/>
        <source>Skip  (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="219"/>
        <source>Undo  (Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="220"/>
        <source>Redo  (Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="221"/>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="222"/>
        <source>Auto-advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="223"/>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="224"/>
        <source>Keyboard shortcuts (?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="300"/>
        <source>Could not read the labeling queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="334"/>
        <source>Any service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="341"/>
        <source>Open a workspace to label its traces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="344"/>
        <source>Nothing to judge yet.

Press “Select representatives” to pick a few traces that stand for all the others (choose the vectors and k first; “Embed traces…” trains the graph encoder for the best vectors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="389"/>
        <source>Labeled by you: %1 (%2 abnormal) · to label: %3 · propagated: %4 (%5 abnormal) · %6 traces · showing %7 of %8 queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageActions.cpp" line="51"/>
        <source>With its cluster&apos;s representative  (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageActions.cpp" line="52"/>
        <source>With the pinned trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageActions.cpp" line="54"/>
        <source>Pin this trace for comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageActions.cpp" line="172"/>
        <source>The label was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageActions.cpp" line="203"/>
        <source>No trace selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageActions.cpp" line="211"/>
        <source>Label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageActions.cpp" line="220"/>
        <source>Cluster %1: %2 traces, %3 judged by a person; labels %4 normal, %5 abnormal, %6 unlabeled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageActions.cpp" line="226"/>
        <source>Not in a cluster of the current selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageActions.cpp" line="228"/>
        <source>Suggested because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageActions.cpp" line="251"/>
        <source>Label at least one representative first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageCompare.cpp" line="46"/>
        <source>This trace is its cluster&apos;s representative; pin another trace to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageCompare.cpp" line="50"/>
        <source>Representative of cluster %1 vs. trace %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageCompare.cpp" line="53"/>
        <source>This trace is in no cluster; pin another trace to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageCompare.cpp" line="62"/>
        <source>Pin a trace first (Compare… → Pin this trace), then select another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageCompare.cpp" line="65"/>
        <source>Pinned trace vs. trace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageJobs.cpp" line="34"/>
        <source>Selecting representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageJobs.cpp" line="39"/>
        <source>Propagating labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageJobs.cpp" line="45"/>
        <source>Finding traces worth a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageJobs.cpp" line="50"/>
        <source>Training the encoder and embedding traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labeling/LabelingPageJobs.cpp" line="92"/>
        <source>%n trace(s) suggested; they are at the end of the queue.</source>
        <translation>
            <numerusform>%n trace suggested; it is at the end of the queue.</numerusform>
            <numerusform>%n traces suggested; they are at the end of the queue.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageJobs.cpp" line="99"/>
        <source>Representatives selected. Judge them with N (normal) and A (abnormal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageJobs.cpp" line="101"/>
        <source>Labels propagated to the other traces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageJobs.cpp" line="103"/>
        <source>Traces embedded; the gnn vectors can now be used for the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageJobs.cpp" line="107"/>
        <source>Cancelled; the workspace is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageJobs.cpp" line="111"/>
        <source>Job failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageJobs.cpp" line="139"/>
        <source>Could not count the labels: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracemark::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="76"/>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>Tracemark workspaces (*.tmk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97"/>
        <source>Reading the traces failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="126"/>
        <location filename="../ui/MainWindow.cpp" line="152"/>
        <source>Import Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="127"/>
        <source>Wait for the import to finish, or cancel it, before opening another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135"/>
        <source>Cannot Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>Could not open %1:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="152"/>
        <source>Wait for the import to finish, or cancel it, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="159"/>
        <source>Cannot Create Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="160"/>
        <source>Could not create %1:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="218"/>
        <source>Reading the workspace summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="227"/>
        <source>The workspace summary could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="236"/>
        <source>%1 traces · %2 spans · %3 services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="241"/>
        <source>%1 labelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="253"/>
        <source>%1 — Tracemark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="255"/>
        <source>Tracemark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="274"/>
        <source>workspace.tmk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="279"/>
        <source>Workspace Exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="280"/>
        <source>%1 already exists. Open it instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="291"/>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="291"/>
        <source>Tracemark workspaces (*.tmk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="302"/>
        <source>An import is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="24"/>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="28"/>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="32"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="34"/>
        <source>Import trace files or a dataset folder into this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="37"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="39"/>
        <source>Write labels, root causes or traces to a file other tools read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="45"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="50"/>
        <source>&amp;Close Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="54"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="59"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="63"/>
        <source>&amp;Search Traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="67"/>
        <source>Reset &amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="72"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="81"/>
        <source>&amp;About Tracemark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="84"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="91"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="94"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="105"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="108"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="116"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="131"/>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="137"/>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="139"/>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowPages.cpp" line="25"/>
        <source>Traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowPages.cpp" line="26"/>
        <source>Anomaly labeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowPages.cpp" line="27"/>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowPages.cpp" line="33"/>
        <source>&amp;Traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowPages.cpp" line="33"/>
        <source>&amp;Anomaly Labeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowPages.cpp" line="33"/>
        <source>Root &amp;Cause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracemark::PeriodTimeline</name>
    <message>
        <location filename="../ui/rca/PeriodTimeline.cpp" line="40"/>
        <source>Abnormal traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/PeriodTimeline.cpp" line="46"/>
        <source>Abnormal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/PeriodTimeline.cpp" line="56"/>
        <source>Drag across the chart to draw a fault period; drag a shaded period&apos;s edge to move it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracemark::ReferencePanel</name>
    <message>
        <location filename="../ui/trace/ReferencePanel.cpp" line="70"/>
        <source>Select a span to compare its duration with every span on the same call path in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/ReferencePanel.cpp" line="78"/>
        <source>Reading the durations of %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/ReferencePanel.cpp" line="85"/>
        <source>The reference statistics could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/ReferencePanel.cpp" line="94"/>
        <source>&lt;b&gt;Call path&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/ReferencePanel.cpp" line="105"/>
        <source>&lt;table cellspacing=&apos;6&apos;&gt;&lt;tr&gt;&lt;td&gt;Spans on this path&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Mean&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Std&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Median&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;p95&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;This span&lt;/td&gt;&lt;td&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/ReferencePanel.cpp" line="113"/>
        <source>Slower than %1 % of the spans on this path (z = %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/ReferencePanel.cpp" line="117"/>
        <source>Beyond the 95th percentile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trace/ReferencePanel.cpp" line="120"/>
        <source>%n longer span(s) lie beyond the chart.</source>
        <translation>
            <numerusform>%n longer span lies beyond the chart.</numerusform>
            <numerusform>%n longer spans lie beyond the chart.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trace/ReferencePanel.cpp" line="148"/>
        <source>Spans on this path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/ReferencePanel.cpp" line="155"/>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/ReferencePanel.cpp" line="156"/>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/ReferencePanel.cpp" line="157"/>
        <source>This span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/ReferencePanel.cpp" line="160"/>
        <source>Duration (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/ReferencePanel.cpp" line="164"/>
        <source>Spans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracemark::RootCauseForm</name>
    <message>
        <location filename="../ui/rca/RootCauseForm.cpp" line="16"/>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCauseForm.cpp" line="20"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCauseForm.cpp" line="21"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCauseForm.cpp" line="28"/>
        <source>The faulty service, or one of its instances (pods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCauseForm.cpp" line="30"/>
        <source>Choose a fault type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCauseForm.cpp" line="35"/>
        <source>What you saw, a ticket, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCauseForm.cpp" line="39"/>
        <source>Remove the stored root cause of this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCauseForm.cpp" line="46"/>
        <source>Service or instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCauseForm.cpp" line="47"/>
        <source>Fault type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCauseForm.cpp" line="48"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCauseForm.cpp" line="72"/>
        <source>Select a fault period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCauseForm.cpp" line="74"/>
        <source>Period %1 has no root cause yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCauseForm.cpp" line="78"/>
        <source>Stored: %1, %2 (by %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracemark::RootCausePage</name>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="105"/>
        <source>Detect periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="107"/>
        <source>Merge the start times of the abnormal traces into fault periods (5 s padding, 30 s gap, at least 2 traces), as `tracemark-cli periods` does. Periods with a root cause, drawn by hand or from a fault list are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="116"/>
        <source>Abnormal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="118"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="119"/>
        <source>fault list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="122"/>
        <source>Drag across the chart to draw a period, drag a shaded edge to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="129"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="131"/>
        <source>Store the selected period&apos;s new start and end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="134"/>
        <source>Fault periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="137"/>
        <source>Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="139"/>
        <source>End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="147"/>
        <source>Abnormal traces over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="180"/>
        <source>Combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="181"/>
        <source>Ochiai plus own latency, own errors, call latency, KPIs, error logs and the dependency graph (docs/rca.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="184"/>
        <source>Ochiai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="185"/>
        <source>Plain spectrum-based ranking: ef / sqrt((ef + ep)(ef + nf))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="196"/>
        <source>Zoom out (or turn the mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="199"/>
        <source>Zoom in (or turn the mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="201"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="202"/>
        <source>Show the whole graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="211"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="212"/>
        <source>Load evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="228"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="237"/>
        <source>Ranking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="326"/>
        <source>No fault period selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="329"/>
        <source>Period %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="332"/>
        <source> · %1 traces: %2 abnormal, %3 normal, %4 unlabelled · ranked in %5 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="49"/>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="140"/>
        <source>Open a workspace to label root causes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="52"/>
        <source>Reading the fault periods…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="90"/>
        <source>The fault periods could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="138"/>
        <source>No fault period yet. Detect periods from the abnormal labels, or drag across the chart to draw one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="171"/>
        <source>Reading every trace of the workspace for the ranking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="172"/>
        <source>Reading the evidence of every trace (once per workspace)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="192"/>
        <source>The evidence could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="225"/>
        <source>Reading the evidence was cancelled: no ranking until it is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="226"/>
        <source>The evidence could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="227"/>
        <source>No ranking: the evidence was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="261"/>
        <source>No ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="262"/>
        <source>The period could not be ranked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="328"/>
        <source>The KPIs could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="354"/>
        <source>The periods could not be detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="369"/>
        <source>The period could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="381"/>
        <source>The period could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="408"/>
        <source>Choose a service or instance and a fault type first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="415"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="422"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="435"/>
        <source>Not cleared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="442"/>
        <source>Root cause removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracemark::ServiceDetailsPanel</name>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="88"/>
        <source>%1 (%2): %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="101"/>
        <source>KPIs around the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="115"/>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="115"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="115"/>
        <source>Combined score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="115"/>
        <source>SBFL counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="115"/>
        <source>Ochiai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="116"/>
        <source>Self time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="116"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="116"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="116"/>
        <source>Spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="116"/>
        <source>Call latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="116"/>
        <source>KPI deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="117"/>
        <source>Error logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="117"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="169"/>
        <source>No service selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="170"/>
        <source>Click a service in the graph or the table to see its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="182"/>
        <source>#%1 combined, #%2 Ochiai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="187"/>
        <source>ef %1 · ep %2 · nf %3 · np %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="194"/>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="197"/>
        <source>%1 ms in the period
workspace %2 ± %3 ms, z&#xa0;%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="200"/>
        <source>%1 of its spans, %2 raised by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="202"/>
        <source>none in the period (known from calls, KPIs or logs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="204"/>
        <source>z %1 (callers&apos; wait on the wire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="205"/>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="206"/>
        <source>z %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="206"/>
        <source>no KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="207"/>
        <source>excess z %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="207"/>
        <source>no logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="227"/>
        <source>No KPI series for this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="230"/>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracemark::ServiceGraphView</name>
    <message>
        <location filename="../ui/rca/ServiceGraphView.cpp" line="52"/>
        <source>#%1 · score %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceGraphView.cpp" line="53"/>
        <source>not ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceGraphView.cpp" line="57"/>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceGraphView.cpp" line="176"/>
        <source>The graph could not be laid out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rca/ServiceGraphView.cpp" line="202"/>
        <source>%1 → %2
%Ln call(s)</source>
        <translation>
            <numerusform>%1 → %2
%Ln call</numerusform>
            <numerusform>%1 → %2
%Ln calls</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceGraphView.cpp" line="204"/>
        <source>mean callee latency %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceGraphView.cpp" line="206"/>
        <source>mean call gap %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracemark::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="29"/>
        <source>&amp;Move to the next trace after labelling one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="33"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="40"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="40"/>
        <source>System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="43"/>
        <source>A language change applies the next time Tracemark starts. The --language command-line option overrides this setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="48"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="50"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="55"/>
        <source>Recorded with every label you give, in the workspace&apos;s audit log. Empty uses your login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="58"/>
        <source>Labelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="60"/>
        <source>&amp;Author of labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="66"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="73"/>
        <source>Embedding, selection and training run in this program. Leave it empty to use the one installed next to Tracemark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="78"/>
        <source>Model jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="80"/>
        <source>&amp;tracemark-cli:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="127"/>
        <source>Choose tracemark-cli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="141"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="143"/>
        <source>%1 is not an executable program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracemark::ShortcutsOverlay</name>
    <message>
        <location filename="../ui/labeling/ShortcutsOverlay.cpp" line="18"/>
        <source>Label the trace normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/ShortcutsOverlay.cpp" line="19"/>
        <source>Label the trace abnormal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/ShortcutsOverlay.cpp" line="20"/>
        <source>Skip the trace (no label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/ShortcutsOverlay.cpp" line="21"/>
        <source>Next trace in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/ShortcutsOverlay.cpp" line="22"/>
        <source>Previous trace in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/ShortcutsOverlay.cpp" line="23"/>
        <source>Undo the last label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/ShortcutsOverlay.cpp" line="24"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/ShortcutsOverlay.cpp" line="25"/>
        <source>Compare with the cluster&apos;s representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/ShortcutsOverlay.cpp" line="26"/>
        <source>Fit the topology to the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/ShortcutsOverlay.cpp" line="27"/>
        <source>Search the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/ShortcutsOverlay.cpp" line="28"/>
        <source>Show or hide this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labeling/ShortcutsOverlay.cpp" line="53"/>
        <location filename="../ui/labeling/ShortcutsOverlay.cpp" line="71"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracemark::SpanDetailPanel</name>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="43"/>
        <source>Select a span in the topology or the timeline to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="46"/>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="46"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="48"/>
        <source>All logs of the trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="49"/>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="49"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="49"/>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="53"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="49"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="53"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="53"/>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="53"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="53"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="54"/>
        <source>Status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="54"/>
        <source>Span id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="54"/>
        <source>Parent id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="54"/>
        <source>Start offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="54"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="55"/>
        <source>Self time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="55"/>
        <source>Critical path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="55"/>
        <source>Call path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="128"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="130"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="130"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="180"/>
        <source>No logs were imported for this trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="182"/>
        <source>%n log line(s) in the trace</source>
        <translation>
            <numerusform>%n log line in the trace</numerusform>
            <numerusform>%n log lines in the trace</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="184"/>
        <source>%n log line(s) of this span</source>
        <translation>
            <numerusform>%n log line of this span</numerusform>
            <numerusform>%n log lines of this span</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="185"/>
        <source>(%n in the trace)</source>
        <translation>
            <numerusform>(%n in the trace)</numerusform>
            <numerusform>(%n in the trace)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tracemark::SuspectTableModel</name>
    <message>
        <location filename="../ui/rca/SuspectTableModel.cpp" line="73"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/SuspectTableModel.cpp" line="86"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/SuspectTableModel.cpp" line="88"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/SuspectTableModel.cpp" line="90"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/SuspectTableModel.cpp" line="92"/>
        <source>Main evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rca/SuspectTableModel.cpp" line="94"/>
        <source>Ochiai rank</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracemark::TopologyView</name>
    <message>
        <location filename="../ui/trace/TopologyView.cpp" line="41"/>
        <source>×%1 · mean %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trace/TopologyView.cpp" line="43"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trace/TopologyView.cpp" line="45"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 span(s), mean %4, longest %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trace/TopologyView.cpp" line="50"/>
        <source>&lt;br&gt;%n span(s) with an error status</source>
        <translation>
            <numerusform>&lt;br&gt;%n span with an error status</numerusform>
            <numerusform>&lt;br&gt;%n spans with an error status</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trace/TopologyView.cpp" line="52"/>
        <source>&lt;br&gt;on the critical path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TopologyView.cpp" line="99"/>
        <location filename="../ui/trace/TopologyView.cpp" line="129"/>
        <source>No trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TopologyView.cpp" line="109"/>
        <source>%1 spans in %2 nodes: identical repeated calls are grouped (×N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TopologyView.cpp" line="110"/>
        <source>%1 spans in %2 nodes: sibling calls of one operation are grouped (×N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TopologyView.cpp" line="129"/>
        <source>This trace has no spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trace/TopologyView.cpp" line="147"/>
        <source>Laying out %n node(s)…</source>
        <translation>
            <numerusform>Laying out %n node…</numerusform>
            <numerusform>Laying out %n nodes…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trace/TopologyView.cpp" line="161"/>
        <source>The topology could not be laid out: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracemark::TraceCompareView</name>
    <message numerus="yes">
        <location filename="../ui/trace/TraceCompareView.cpp" line="52"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 · %3 · %n span(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 · %3 · %n span</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 · %3 · %n spans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="70"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="70"/>
        <source>Spans A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="70"/>
        <source>Spans B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="70"/>
        <source>Mean A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="70"/>
        <source>Mean B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="71"/>
        <source>Δ mean (B − A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="71"/>
        <source>Call path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="88"/>
        <source>Tinted rows and table lines: call paths that only one trace has (yellow: only in A, green: only in B); red: the largest change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="129"/>
        <location filename="../ui/trace/TraceCompareView.cpp" line="166"/>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="130"/>
        <location filename="../ui/trace/TraceCompareView.cpp" line="167"/>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="131"/>
        <source>Choose two traces to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="131"/>
        <source>Open a workspace to compare traces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="143"/>
        <source>Loading both traces …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="152"/>
        <source>The traces could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="178"/>
        <source>End to end: A %1, B %2 (%3). </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trace/TraceCompareView.cpp" line="182"/>
        <source>%n call path(s) only in A, </source>
        <translation>
            <numerusform>%n call path only in A, </numerusform>
            <numerusform>%n call paths only in A, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trace/TraceCompareView.cpp" line="183"/>
        <source>%n only in B, </source>
        <translation>
            <numerusform>%n only in B, </numerusform>
            <numerusform>%n only in B, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trace/TraceCompareView.cpp" line="184"/>
        <source>%n with a different number of spans.</source>
        <translation>
            <numerusform>%n with a different number of spans.</numerusform>
            <numerusform>%n with a different number of spans.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="187"/>
        <source>Largest change: &lt;b&gt;%1: %2&lt;/b&gt; %3 per span.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="214"/>
        <source>only in A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="214"/>
        <source>only in B</source>
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
        <location filename="../ui/models/TraceTableModel.cpp" line="33"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="35"/>
        <source>Abnormal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="44"/>
        <source>set by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="46"/>
        <source>propagated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="48"/>
        <source>suggested by a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="223"/>
        <source>%1 spans, %2 of them without their parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="228"/>
        <source>%1 spans with an error status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="232"/>
        <source>Not labelled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="233"/>
        <source>%1, %2, confidence %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="250"/>
        <source>Start of the trace&apos;s earliest span, in local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="252"/>
        <source>End-to-end latency of the trace, in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="254"/>
        <source>Spans with an error status (HTTP 4xx/5xx, gRPC error, error flag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="256"/>
        <source>Normal or abnormal, when the trace has been labelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="265"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="267"/>
        <source>Trace ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="269"/>
        <source>Root service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="271"/>
        <source>Root operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="273"/>
        <source>Duration (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="275"/>
        <source>Spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="277"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="279"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracemark::TraceViewer</name>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="59"/>
        <source>Span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="60"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="105"/>
        <source>&lt;b&gt;Topology&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="106"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="106"/>
        <source>Fit the whole graph in view (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="107"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="107"/>
        <source>Zoom in (+ or Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="108"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="108"/>
        <source>Zoom out (- or Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="113"/>
        <source>red: error · dark border: critical path · drag to pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="134"/>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="135"/>
        <source>Expand all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="135"/>
        <source>Show every span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="136"/>
        <source>Collapse all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="136"/>
        <source>Show only the root&apos;s direct children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="139"/>
        <source>black line: critical path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="176"/>
        <source>Choose a trace to view it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="176"/>
        <source>Open a workspace to view its traces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="193"/>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="201"/>
        <location filename="../ui/trace/TraceViewer.cpp" line="203"/>
        <source>Loading the trace …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="211"/>
        <source>The trace could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trace/TraceViewer.cpp" line="239"/>
        <source>&lt;b&gt;Trace %1&lt;/b&gt; · %2 · %n span(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Trace %1&lt;/b&gt; · %2 · %n span</numerusform>
            <numerusform>&lt;b&gt;Trace %1&lt;/b&gt; · %2 · %n spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trace/TraceViewer.cpp" line="242"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="243"/>
        <source>depth %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trace/TraceViewer.cpp" line="245"/>
        <source>%n error span(s)</source>
        <translation>
            <numerusform>%n error span</numerusform>
            <numerusform>%n error spans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tracemark::WaterfallMinimap</name>
    <message>
        <location filename="../ui/trace/WaterfallMinimap.cpp" line="20"/>
        <source>Overview of the whole trace: click or drag to scroll the timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracemark::WaterfallView</name>
    <message>
        <location filename="../ui/trace/WaterfallView.cpp" line="211"/>
        <source>No spans to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/WaterfallView.cpp" line="258"/>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/WaterfallView.cpp" line="323"/>
        <source>Service · operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/WaterfallView.cpp" line="448"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;start %3, duration %4, self %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/WaterfallView.cpp" line="455"/>
        <source>&lt;br&gt;&lt;span style=&apos;color:#d32f2f&apos;&gt;%1&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trace/WaterfallView.cpp" line="457"/>
        <source>&lt;br&gt;on the critical path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
