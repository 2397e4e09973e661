<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FaultType</name>
    <message>
        <location filename="../ui/rca/FaultTypeNames.cpp" line="14"/>
        <source>Pod failure</source>
        <translation>Pod 故障</translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultTypeNames.cpp" line="15"/>
        <source>CPU exhaustion</source>
        <translation>CPU 耗尽</translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultTypeNames.cpp" line="16"/>
        <source>Memory exhaustion</source>
        <translation>内存耗尽</translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultTypeNames.cpp" line="17"/>
        <source>Network delay</source>
        <translation>网络延迟</translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultTypeNames.cpp" line="18"/>
        <source>Packet loss</source>
        <translation>丢包</translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultTypeNames.cpp" line="19"/>
        <source>Error / exception</source>
        <translation>错误 / 异常</translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultTypeNames.cpp" line="20"/>
        <source>Wrong return value</source>
        <translation>返回值错误</translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultTypeNames.cpp" line="21"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../ui/Formatting.cpp" line="39"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/Formatting.cpp" line="41"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/Formatting.cpp" line="44"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../ui/Formatting.cpp" line="47"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../ui/Formatting.cpp" line="61"/>
        <source>Auto-detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location filename="../ui/Formatting.cpp" line="63"/>
        <source>Jaeger JSON</source>
        <translation>Jaeger JSON</translation>
    </message>
    <message>
        <location filename="../ui/Formatting.cpp" line="65"/>
        <source>Zipkin v2 JSON</source>
        <translation>Zipkin v2 JSON</translation>
    </message>
    <message>
        <location filename="../ui/Formatting.cpp" line="67"/>
        <source>OpenTelemetry OTLP JSON</source>
        <translation>OpenTelemetry OTLP JSON</translation>
    </message>
    <message>
        <location filename="../ui/Formatting.cpp" line="69"/>
        <source>Nezha dataset (CSV)</source>
        <translation>Nezha 数据集（CSV）</translation>
    </message>
    <message>
        <location filename="../ui/Formatting.cpp" line="71"/>
        <source>DeepTraLog dataset (CSV)</source>
        <translation>DeepTraLog 数据集（CSV）</translation>
    </message>
    <message>
        <location filename="../ui/Formatting.cpp" line="73"/>
        <source>LabelEase CSV</source>
        <translation>LabelEase CSV</translation>
    </message>
    <message>
        <location filename="../ui/Formatting.cpp" line="75"/>
        <source>Span CSV with a column mapping</source>
        <translation>按列映射的 Span CSV</translation>
    </message>
</context>
<context>
    <name>GraphLayout</name>
    <message>
        <location filename="../ui/graph/GraphLayout.cpp" line="55"/>
        <source>Graphviz could not be initialised</source>
        <translation>无法初始化 Graphviz</translation>
    </message>
    <message>
        <location filename="../ui/graph/GraphLayout.cpp" line="92"/>
        <source>Graphviz dot could not lay out the graph</source>
        <translation>Graphviz dot 无法完成图的布局</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="42"/>
        <source>&lt;h3&gt;Tracemark %1&lt;/h3&gt;&lt;p&gt;A workbench that turns distributed traces, logs and KPIs into a labelled dataset: import, browse, label, find root causes and export for training.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3. The workbench window does not load LibTorch; model training and evaluation run in &lt;tt&gt;tracemark-cli&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tracemark %1&lt;/h3&gt;&lt;p&gt;将分布式追踪、日志和 KPI 整理为带标注数据集的工作台：导入、浏览、标注、定位根因，并导出用于训练。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建，运行于 Qt %3。工作台窗口不加载 LibTorch；模型训练与评估在 &lt;tt&gt;tracemark-cli&lt;/tt&gt; 中运行。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="55"/>
        <source>About Tracemark</source>
        <translation>关于 Tracemark</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="72"/>
        <source>In the trace table</source>
        <translation>在追踪表格中</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="73"/>
        <source>Up, Down, Page Up, Page Down</source>
        <translation>上、下、Page Up、Page Down</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="74"/>
        <source>Move through the traces; more load as you go</source>
        <translation>在追踪之间移动；滚动时自动加载更多</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="75"/>
        <source>First trace, last loaded trace</source>
        <translation>第一条追踪、最后一条已加载的追踪</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="75"/>
        <source>Ctrl+Home, Ctrl+End</source>
        <translation>Ctrl+Home、Ctrl+End</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="76"/>
        <source>Enter in the search field</source>
        <translation>在搜索框中按 Enter</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="77"/>
        <source>Apply the search at once instead of after the pause</source>
        <translation>立即执行搜索，无需等待停顿</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="78"/>
        <source>In dialogs</source>
        <translation>在对话框中</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="80"/>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="80"/>
        <source>Close the dialog (cancels a running import first)</source>
        <translation>关闭对话框（会先取消正在进行的导入）</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="88"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>TraceStyle</name>
    <message>
        <location filename="../ui/trace/TraceStyle.cpp" line="27"/>
        <source>%1 ns</source>
        <translation>%1 纳秒</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceStyle.cpp" line="29"/>
        <source>%1 µs</source>
        <translation>%1 微秒</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceStyle.cpp" line="31"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceStyle.cpp" line="32"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceStyle.cpp" line="67"/>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceStyle.cpp" line="69"/>
        <source>Client error</source>
        <translation>客户端错误</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceStyle.cpp" line="71"/>
        <source>Server error</source>
        <translation>服务端错误</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceStyle.cpp" line="73"/>
        <location filename="../ui/trace/TraceStyle.cpp" line="75"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="204"/>
        <source>Tracemark trace labeling workbench</source>
        <translation>Tracemark 追踪标注工作台</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="208"/>
        <source>Workspace (.tmk) to open</source>
        <translation>要打开的工作区（.tmk）</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="210"/>
        <source>Save a PNG of the window once the workspace is loaded, then exit.</source>
        <translation>工作区加载完成后将窗口保存为 PNG 图片，然后退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="215"/>
        <source>Window size for --screenshot.</source>
        <translation>--screenshot 使用的窗口尺寸。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="218"/>
        <source>Print the time to open the workspace and show the first page of the table (median of 5 runs).</source>
        <translation>输出打开工作区并显示表格第一页所需的时间（5 次运行的中位数）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="223"/>
        <source>User interface language, e.g. en or zh_CN.</source>
        <translation>界面语言，例如 en 或 zh_CN。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="226"/>
        <source>Page for --screenshot: traces, labeling, rootcause or import.</source>
        <translation>--screenshot 截取的页面：traces、labeling、rootcause 或 import。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="229"/>
        <source>With --page import: a file the import wizard previews.</source>
        <translation>与 --page import 一起使用：导入向导要预览的文件。</translation>
    </message>
</context>
<context>
    <name>tracemark::CliJob</name>
    <message>
        <location filename="../ui/jobs/CliJob.cpp" line="30"/>
        <source>Could not start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/jobs/CliJob.cpp" line="68"/>
        <source>tracemark-cli was not found next to the application or on PATH; set its path in Settings.</source>
        <translation>在程序所在目录和 PATH 中均未找到 tracemark-cli；请在“设置”中指定其路径。</translation>
    </message>
    <message>
        <location filename="../ui/jobs/CliJob.cpp" line="133"/>
        <source>tracemark-cli crashed</source>
        <translation>tracemark-cli 崩溃</translation>
    </message>
    <message>
        <location filename="../ui/jobs/CliJob.cpp" line="134"/>
        <source>tracemark-cli exited with status %1</source>
        <translation>tracemark-cli 已退出，状态码 %1</translation>
    </message>
</context>
<context>
    <name>tracemark::EmptyStateWidget</name>
    <message>
        <location filename="../ui/EmptyStateWidget.cpp" line="30"/>
        <source>Open or create a workspace, or drop trace files here</source>
        <translation>打开或新建工作区，或将追踪文件拖放到这里</translation>
    </message>
    <message>
        <location filename="../ui/EmptyStateWidget.cpp" line="37"/>
        <source>A workspace is one .tmk file that holds the imported traces, logs, metrics and your labels.</source>
        <translation>工作区是一个 .tmk 文件，保存导入的追踪、日志、指标以及您的标注。</translation>
    </message>
    <message>
        <location filename="../ui/EmptyStateWidget.cpp" line="44"/>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/EmptyStateWidget.cpp" line="46"/>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/EmptyStateWidget.cpp" line="56"/>
        <source>Recent workspaces</source>
        <translation>最近使用的工作区</translation>
    </message>
</context>
<context>
    <name>tracemark::ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="34"/>
        <source>Trace labels (labels.csv)</source>
        <translation>追踪标签（labels.csv）</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="36"/>
        <source>Root causes for LabelEase (groundtruth.json)</source>
        <translation>LabelEase 根因（groundtruth.json）</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="38"/>
        <source>Fault periods and root causes (Tracemark JSON)</source>
        <translation>故障时段与根因（Tracemark JSON）</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="40"/>
        <source>Traces as Jaeger JSON</source>
        <translation>追踪（Jaeger JSON）</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="49"/>
        <source>One row per trace, in start order: trace_id and anomaly (as LabelEase reads them), then label, source, confidence, cluster and representative. Traces nobody labelled are written with an empty anomaly.</source>
        <translation>每条追踪一行，按开始时间排序：先是 trace_id 和 anomaly（LabelEase 读取的列），然后是 label、source、confidence、cluster 和 representative。未标注的追踪 anomaly 列为空。</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="53"/>
        <source>One object per fault period that has a root cause: timestamp, end_timestamp, level, cmdb_id and failure_type, the layout of the LabelEase datasets.</source>
        <translation>每个已有根因的故障时段一个对象：timestamp、end_timestamp、level、cmdb_id 和 failure_type，与 LabelEase 数据集的格式一致。</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="56"/>
        <source>Every fault period, judged or not: its times, origin and abnormal trace count, and its root cause (service, instance, type, note, author) or null.</source>
        <translation>所有故障时段（无论是否已判定）：时间、来源、异常追踪数，以及根因（服务、实例、类型、备注、作者）或 null。</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="59"/>
        <source>Jaeger query JSON that the Jaeger UI loads, with every span, its status and kind.</source>
        <translation>Jaeger UI 可加载的 Jaeger 查询 JSON，包含每个 Span 及其状态和类型。</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="79"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="80"/>
        <source>Include trace &amp;labels (tracemark.label tags on root spans)</source>
        <translation>包含追踪标签(&amp;L)（根 Span 上的 tracemark.label 标签）</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="81"/>
        <source>Include span l&amp;ogs (log records joined to spans)</source>
        <translation>包含 Span 日志(&amp;O)（关联到 Span 的日志记录）</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="86"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="92"/>
        <source>Export from &lt;b&gt;%1&lt;/b&gt;. The file is written under a temporary name and renamed when it is complete, so a failure or Cancel never leaves half a file.</source>
        <translation>从 &lt;b&gt;%1&lt;/b&gt; 导出。文件先以临时名称写入，完成后再重命名，因此失败或取消都不会留下不完整的文件。</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="105"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="119"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="121"/>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="134"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="136"/>
        <source>&amp;Cancel Export</source>
        <translation>取消导出(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="138"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="220"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="220"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="222"/>
        <source>Export To</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="241"/>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="243"/>
        <source>%1 is a folder; add a file name.</source>
        <translation>%1 是文件夹；请加上文件名。</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="246"/>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="249"/>
        <source>%1 exists and will be replaced.</source>
        <translation>%1 已存在，将被覆盖。</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="282"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="298"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="338"/>
        <source>1 trace</source>
        <translation>1 条追踪</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="338"/>
        <source>%1 traces</source>
        <translation>%1 条追踪</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="339"/>
        <source>1 fault period</source>
        <translation>1 个故障时段</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="339"/>
        <source>%1 fault periods</source>
        <translation>%1 个故障时段</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="340"/>
        <source>Exported %1 to %2 (%3, %4).</source>
        <translation>已将 %1 导出到 %2（%3，%4）。</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="347"/>
        <source>Export cancelled. %1 was not written.</source>
        <translation>导出已取消。未写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="350"/>
        <source>The export failed and %1 was not written:
%2</source>
        <translation>导出失败，未写入 %1：
%2</translation>
    </message>
</context>
<context>
    <name>tracemark::FaultPeriodTableModel</name>
    <message>
        <location filename="../ui/rca/FaultPeriodTableModel.cpp" line="69"/>
        <source>detected</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultPeriodTableModel.cpp" line="71"/>
        <source>fault list</source>
        <translation>故障列表</translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultPeriodTableModel.cpp" line="73"/>
        <source>drawn</source>
        <translation>手动绘制</translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultPeriodTableModel.cpp" line="105"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultPeriodTableModel.cpp" line="108"/>
        <source>%1 by %2 on %3
%4</source>
        <translation>%1（%2 于 %3 标注）
%4</translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultPeriodTableModel.cpp" line="127"/>
        <source>not labelled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultPeriodTableModel.cpp" line="130"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultPeriodTableModel.cpp" line="143"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultPeriodTableModel.cpp" line="145"/>
        <source>Time range</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultPeriodTableModel.cpp" line="147"/>
        <source>Abnormal</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultPeriodTableModel.cpp" line="149"/>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultPeriodTableModel.cpp" line="151"/>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/rca/FaultPeriodTableModel.cpp" line="153"/>
        <source>Root cause</source>
        <translation>根因</translation>
    </message>
</context>
<context>
    <name>tracemark::ImportDialog</name>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="42"/>
        <source>Import Traces</source>
        <translation>导入追踪</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="131"/>
        <source>Column &amp;mapping:</source>
        <translation>列映射(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="59"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="60"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="61"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="63"/>
        <source>&amp;Cancel Import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="65"/>
        <source>Import &amp;More…</source>
        <translation>继续导入(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="66"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="88"/>
        <source>Import trace files or dataset folders into &lt;b&gt;%1&lt;/b&gt;. The format of each is detected; choose another under &quot;Import as&quot; if it is wrong.</source>
        <translation>将追踪文件或数据集文件夹导入 &lt;b&gt;%1&lt;/b&gt;。系统会自动检测每项的格式；如有误，可在“导入为”中另选。</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="114"/>
        <source>Same as the time unit</source>
        <translation>与时间单位相同</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="121"/>
        <source>Comma (,)</source>
        <translation>逗号 (,)</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="122"/>
        <source>Semicolon (;)</source>
        <translation>分号 (;)</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="123"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="124"/>
        <source>Vertical bar (|)</source>
        <translation>竖线 (|)</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="132"/>
        <source>&amp;Time unit (start, end):</source>
        <translation>时间单位(&amp;T)（start、end）：</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="133"/>
        <source>&amp;Duration unit:</source>
        <translation>耗时单位(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="134"/>
        <source>De&amp;limiter:</source>
        <translation>分隔符(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="137"/>
        <source>A span CSV needs to know which column holds what. Write field=column pairs separated by commas. Required fields: trace_id, span_id, service, start, and end or duration. Optional: parent_id, operation, instance, status.</source>
        <translation>Span CSV 需要知道每一列存放的内容。请填写以逗号分隔的“字段=列名”对。必填字段：trace_id、span_id、service、start，以及 end 或 duration。可选字段：parent_id、operation、instance、status。</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="157"/>
        <source>Nothing is written yet. Import adds every input in one step: if any of them has a problem, or you cancel, the workspace stays as it was.</source>
        <translation>目前尚未写入任何内容。导入会一次性添加所有输入：如果其中任何一项有问题，或您取消了导入，工作区将保持原样。</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="275"/>
        <source>Give the column mapping.</source>
        <translation>请填写列映射。</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="321"/>
        <source>Step 1 of %1: Choose what to import</source>
        <translation>第 1 步，共 %1 步：选择要导入的内容</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="324"/>
        <source>Step 2 of %1: Span CSV options</source>
        <translation>第 2 步，共 %1 步：Span CSV 选项</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="327"/>
        <source>Step %1 of %2: Preview</source>
        <translation>第 %1 步，共 %2 步：预览</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="330"/>
        <source>Step %1 of %1: Importing</source>
        <translation>第 %1 步，共 %1 步：正在导入</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="333"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="340"/>
        <source>%1 was not recognised: %2
Choose its format under &quot;Import as&quot;, or remove it.</source>
        <translation>无法识别 %1：%2
请在“导入为”中选择其格式，或将其移除。</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="284"/>
        <source>The column mapping is not valid: %1</source>
        <translation>列映射无效：%1</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialogRun.cpp" line="72"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialogRun.cpp" line="88"/>
        <source>Cancelling… everything read so far is being rolled back.</source>
        <translation>正在取消…已读取的内容正在回滚。</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialogRun.cpp" line="21"/>
        <source>%1 traces</source>
        <translation>%1 条追踪</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialogRun.cpp" line="22"/>
        <source>%1 spans</source>
        <translation>%1 个 Span</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialogRun.cpp" line="24"/>
        <source>%1 log records</source>
        <translation>%1 条日志记录</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialogRun.cpp" line="26"/>
        <source>%1 metric samples</source>
        <translation>%1 个指标样本</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialogRun.cpp" line="28"/>
        <source>%1 ground-truth records</source>
        <translation>%1 条真实标签记录</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialogRun.cpp" line="30"/>
        <source>%1 fault injections</source>
        <translation>%1 次故障注入</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialogRun.cpp" line="31"/>
        <source>Imported %1 in %2.</source>
        <translation>已导入 %1，用时 %2。</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialogRun.cpp" line="35"/>
        <source>%1 spans have no parent in the data and were kept as orphans.</source>
        <translation>有 %1 个 Span 在数据中找不到父 Span，已作为孤立 Span 保留。</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialogRun.cpp" line="129"/>
        <source>Import cancelled. The workspace is unchanged.</source>
        <translation>导入已取消。工作区未被修改。</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialogRun.cpp" line="132"/>
        <source>The import failed and nothing was added to the workspace:</source>
        <translation>导入失败，工作区中未添加任何内容：</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialogRun.cpp" line="152"/>
        <source>Warnings:
%1</source>
        <translation>警告：
%1</translation>
    </message>
</context>
<context>
    <name>tracemark::ImportInputList</name>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="43"/>
        <source>As detected</source>
        <translation>按检测结果</translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="43"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="62"/>
        <source>Add &amp;Files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="63"/>
        <source>Add F&amp;older…</source>
        <translation>添加文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="64"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="68"/>
        <source>File or folder</source>
        <translation>文件或文件夹</translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="68"/>
        <source>Detected format</source>
        <translation>检测到的格式</translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="68"/>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="172"/>
        <source>Add Trace Files</source>
        <translation>添加追踪文件</translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="173"/>
        <source>Trace files (*.json *.json.gz *.csv *.csv.gz *.gz);;All files (*)</source>
        <translation>追踪文件 (*.json *.json.gz *.csv *.csv.gz *.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="178"/>
        <source>Add a Folder</source>
        <translation>添加文件夹</translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="206"/>
        <source>Not recognised</source>
        <translation>无法识别</translation>
    </message>
</context>
<context>
    <name>tracemark::ImportPreviewPage</name>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="37"/>
        <source>&lt;b&gt;The importer stopped at this problem:&lt;/b&gt;</source>
        <translation>&lt;b&gt;导入程序在此问题处停止：&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="48"/>
        <source>Trace ID</source>
        <translation>追踪 ID</translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="48"/>
        <source>Spans</source>
        <translation>Span 数</translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="48"/>
        <source>Services</source>
        <translation>服务数</translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="48"/>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="48"/>
        <source>Duration (ms)</source>
        <translation>耗时（毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="61"/>
        <source>&amp;Input:</source>
        <translation>输入(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="121"/>
        <source>Add a file or folder to see a preview.</source>
        <translation>添加文件或文件夹以查看预览。</translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="142"/>
        <source>%1 was not recognised: choose its format on the first page to preview it.</source>
        <translation>无法识别 %1：请在第一页选择其格式后再预览。</translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="147"/>
        <source>as %1</source>
        <translation>按 %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="148"/>
        <source>Reading the first traces of %1…</source>
        <translation>正在读取 %1 中的前几条追踪…</translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="187"/>
        <source>%1 spans</source>
        <translation>%1 个 Span</translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="189"/>
        <source>%1 log records</source>
        <translation>%1 条日志记录</translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="191"/>
        <source>%1 KPI samples</source>
        <translation>%1 个 KPI 样本</translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="195"/>
        <source>No traces in the part of %1 that was read (%2).</source>
        <translation>%1 已读取的部分中没有追踪（%2）。</translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="197"/>
        <source>1 trace of %1 was read before the problem below (%2).</source>
        <translation>在遇到下述问题之前，已从 %1 读取 1 条追踪（%2）。</translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="199"/>
        <source>%1 traces of %2 were read before the problem below (%3).</source>
        <translation>在遇到下述问题之前，已从 %2 读取 %1 条追踪（%3）。</translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="202"/>
        <source>The only trace of %1 (%2).</source>
        <translation>%1 中仅有的一条追踪（%2）。</translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="204"/>
        <source>All %1 traces of %2 (%3).</source>
        <translation>%2 中的全部 %1 条追踪（%3）。</translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="207"/>
        <source>The first %1 traces of %2 (%3 read; counts cover that part only).</source>
        <translation>%2 中的前 %1 条追踪（已读取 %3；计数仅针对这一部分）。</translation>
    </message>
    <message>
        <location filename="../ui/ImportPreviewPage.cpp" line="210"/>
        <source>First warning: %1</source>
        <translation>第一条警告：%1</translation>
    </message>
</context>
<context>
    <name>tracemark::JobBar</name>
    <message>
        <location filename="../ui/jobs/JobBar.cpp" line="17"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobBar.cpp" line="44"/>
        <source>%1: cancelling…</source>
        <translation>%1：正在取消…</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobBar.cpp" line="63"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>tracemark::LabelQueueModel</name>
    <message>
        <location filename="../ui/labeling/LabelQueueModel.cpp" line="89"/>
        <source>representative · cluster %1</source>
        <translation>代表性追踪 · 簇 %1</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelQueueModel.cpp" line="90"/>
        <source>suggested · cluster %1</source>
        <translation>建议 · 簇 %1</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelQueueModel.cpp" line="90"/>
        <source>suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelQueueModel.cpp" line="100"/>
        <source>%1 · saving…</source>
        <translation>%1 · 正在保存…</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelQueueModel.cpp" line="128"/>
        <source>Suggested because: %1</source>
        <translation>建议原因：%1</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelQueueModel.cpp" line="141"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelQueueModel.cpp" line="142"/>
        <source>Trace</source>
        <translation>追踪</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelQueueModel.cpp" line="143"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelQueueModel.cpp" line="144"/>
        <source>Root span</source>
        <translation>根 Span</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelQueueModel.cpp" line="145"/>
        <source>Duration (ms)</source>
        <translation>耗时（毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelQueueModel.cpp" line="146"/>
        <source>Spans</source>
        <translation>Span 数</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelQueueModel.cpp" line="147"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelQueueModel.cpp" line="148"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>tracemark::LabelingPage</name>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="75"/>
        <source>Trace vectors the selection runs on: gnn (the trained encoder, after Embed), stv (span-type counts) or bag (operation bag), both computed on the fly</source>
        <translation>选择代表性追踪所用的追踪向量：gnn（训练好的图编码器，需先嵌入）、stv（Span 类型计数）或 bag（操作词袋），后两者即时计算</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="79"/>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="80"/>
        <source>Number of representatives (auto: 0.1 % of the traces, at least 10)</source>
        <translation>代表性追踪的数量（自动：追踪总数的 0.1%，至少 10 条）</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="81"/>
        <source>Select representatives</source>
        <translation>选择代表性追踪</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="82"/>
        <source>Propagate</source>
        <translation>传播</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="83"/>
        <location filename="../ui/labeling/LabelingPageActions.cpp" line="253"/>
        <source>Give every other trace the label of its nearest labelled neighbours</source>
        <translation>为其余每条追踪赋予其最近的已标注邻居的标签</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="87"/>
        <source>Suggest next</source>
        <translation>建议下一批</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="88"/>
        <location filename="../ui/labeling/LabelingPageActions.cpp" line="256"/>
        <source>Add the traces whose propagated label is most doubtful to the queue</source>
        <translation>将传播标签最不确定的追踪加入队列</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="89"/>
        <source>Embed traces…</source>
        <translation>嵌入追踪…</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="90"/>
        <source>Train the graph encoder on this workspace and store a vector per trace (gnn)</source>
        <translation>在此工作区上训练图编码器，并为每条追踪保存一个向量（gnn）</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="91"/>
        <source>Vectors:</source>
        <translation>向量：</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="93"/>
        <source>k:</source>
        <translation>k：</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="118"/>
        <source>Search trace id, service or operation  (/)</source>
        <translation>搜索追踪 ID、服务或操作  (/)</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="122"/>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="125"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="126"/>
        <source>With errors</source>
        <translation>有错误</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="127"/>
        <source>Without errors</source>
        <translation>无错误</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="133"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="135"/>
        <source>min ms</source>
        <translation>最短耗时</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="136"/>
        <source>max ms</source>
        <translation>最长耗时</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="138"/>
        <source>Any label</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="139"/>
        <source>Unlabeled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="140"/>
        <source>Labeled by a person</source>
        <translation>人工标注</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="141"/>
        <source>Propagated</source>
        <translation>已传播</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="142"/>
        <source>Not yet judged by a person</source>
        <translation>尚未人工判定</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="181"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="187"/>
        <source>%v of %m queued traces judged</source>
        <translation>已判定 %v / %m 条队列中的追踪</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="190"/>
        <source>Cluster</source>
        <translation>簇</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="190"/>
        <source>Traces</source>
        <translation>追踪数</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="190"/>
        <source>Representative</source>
        <translation>代表性追踪</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="190"/>
        <source>By a person</source>
        <translation>人工</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="190"/>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="190"/>
        <source>Abnormal</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="196"/>
        <source>Labels of each cluster&apos;s members (any source); double-click to go to its representative</source>
        <translation>每个簇中成员的标签（任意来源）；双击跳转到该簇的代表性追踪</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="216"/>
        <source>Normal  (N)</source>
        <translation>正常  (N)</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="217"/>
        <source>Abnormal  (A)</source>
        <translation>异常  (A)</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="218"/>
        <source>Skip  (S)</source>
        <translation>跳过  (S)</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="219"/>
        <source>Undo  (Z)</source>
        <translation>撤销  (Z)</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="220"/>
        <source>Redo  (Shift+Z)</source>
        <translation>重做  (Shift+Z)</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="221"/>
        <source>Compare…</source>
        <translation>对比…</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="222"/>
        <source>Auto-advance</source>
        <translation>自动下一条</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="223"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="224"/>
        <source>Keyboard shortcuts (?)</source>
        <translation>键盘快捷键 (?)</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="300"/>
        <source>Could not read the labeling queue: %1</source>
        <translation>无法读取标注队列：%1</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="334"/>
        <source>Any service</source>
        <translation>任意服务</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="341"/>
        <source>Open a workspace to label its traces.</source>
        <translation>打开工作区以标注其中的追踪。</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="344"/>
        <source>Nothing to judge yet.

Press “Select representatives” to pick a few traces that stand for all the others (choose the vectors and k first; “Embed traces…” trains the graph encoder for the best vectors).</source>
        <translation>暂无需要判定的追踪。

点击“选择代表性追踪”，挑选少量能代表其余追踪的追踪（请先选择向量和 k；“嵌入追踪…”会训练图编码器，得到效果最好的向量）。</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPage.cpp" line="389"/>
        <source>Labeled by you: %1 (%2 abnormal) · to label: %3 · propagated: %4 (%5 abnormal) · %6 traces · showing %7 of %8 queued</source>
        <translation>您已标注：%1（%2 条异常）· 待标注：%3 · 已传播：%4（%5 条异常）· 共 %6 条追踪 · 显示队列中 %8 条中的 %7 条</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageActions.cpp" line="51"/>
        <source>With its cluster&apos;s representative  (C)</source>
        <translation>与所在簇的代表性追踪对比  (C)</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageActions.cpp" line="52"/>
        <source>With the pinned trace</source>
        <translation>与固定的追踪对比</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageActions.cpp" line="54"/>
        <source>Pin this trace for comparison</source>
        <translation>固定此追踪用于对比</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageActions.cpp" line="172"/>
        <source>The label was not saved: %1</source>
        <translation>标签未保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageActions.cpp" line="203"/>
        <source>No trace selected</source>
        <translation>未选择追踪</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageActions.cpp" line="211"/>
        <source>Label: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageActions.cpp" line="220"/>
        <source>Cluster %1: %2 traces, %3 judged by a person; labels %4 normal, %5 abnormal, %6 unlabeled.</source>
        <translation>簇 %1：%2 条追踪，%3 条已人工判定；标签：%4 条正常，%5 条异常，%6 条未标注。</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageActions.cpp" line="226"/>
        <source>Not in a cluster of the current selection.</source>
        <translation>不属于当前选择结果中的任何簇。</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageActions.cpp" line="228"/>
        <source>Suggested because: %1</source>
        <translation>建议原因：%1</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageActions.cpp" line="251"/>
        <source>Label at least one representative first</source>
        <translation>请先至少标注一条代表性追踪</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageCompare.cpp" line="46"/>
        <source>This trace is its cluster&apos;s representative; pin another trace to compare.</source>
        <translation>此追踪就是所在簇的代表性追踪；请固定另一条追踪进行对比。</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageCompare.cpp" line="50"/>
        <source>Representative of cluster %1 vs. trace %2</source>
        <translation>簇 %1 的代表性追踪 vs. 追踪 %2</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageCompare.cpp" line="53"/>
        <source>This trace is in no cluster; pin another trace to compare with.</source>
        <translation>此追踪不属于任何簇；请固定另一条追踪用于对比。</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageCompare.cpp" line="62"/>
        <source>Pin a trace first (Compare… → Pin this trace), then select another one.</source>
        <translation>请先固定一条追踪（对比… → 固定此追踪用于对比），再选择另一条。</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageCompare.cpp" line="65"/>
        <source>Pinned trace vs. trace %1</source>
        <translation>固定的追踪 vs. 追踪 %1</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageJobs.cpp" line="34"/>
        <source>Selecting representatives</source>
        <translation>正在选择代表性追踪</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageJobs.cpp" line="39"/>
        <source>Propagating labels</source>
        <translation>正在传播标签</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageJobs.cpp" line="45"/>
        <source>Finding traces worth a look</source>
        <translation>正在查找值得查看的追踪</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageJobs.cpp" line="50"/>
        <source>Training the encoder and embedding traces</source>
        <translation>正在训练编码器并嵌入追踪</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labeling/LabelingPageJobs.cpp" line="92"/>
        <source>%n trace(s) suggested; they are at the end of the queue.</source>
        <translation>
            <numerusform>已建议 %n 条追踪，位于队列末尾。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageJobs.cpp" line="99"/>
        <source>Representatives selected. Judge them with N (normal) and A (abnormal).</source>
        <translation>已选出代表性追踪。请用 N（正常）和 A（异常）进行判定。</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageJobs.cpp" line="101"/>
        <source>Labels propagated to the other traces.</source>
        <translation>标签已传播到其余追踪。</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageJobs.cpp" line="103"/>
        <source>Traces embedded; the gnn vectors can now be used for the selection.</source>
        <translation>追踪已嵌入；现在可以使用 gnn 向量进行选择。</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageJobs.cpp" line="107"/>
        <source>Cancelled; the workspace is unchanged.</source>
        <translation>已取消；工作区未被修改。</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageJobs.cpp" line="111"/>
        <source>Job failed</source>
        <translation>任务失败</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingPageJobs.cpp" line="139"/>
        <source>Could not count the labels: %1</source>
        <translation>无法统计标签：%1</translation>
    </message>
</context>
<context>
    <name>tracemark::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="76"/>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>Tracemark workspaces (*.tmk)</source>
        <translation>Tracemark 工作区 (*.tmk)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97"/>
        <source>Reading the traces failed: %1</source>
        <translation>读取追踪失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="126"/>
        <location filename="../ui/MainWindow.cpp" line="152"/>
        <source>Import Running</source>
        <translation>导入进行中</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="127"/>
        <source>Wait for the import to finish, or cancel it, before opening another workspace.</source>
        <translation>请等待导入完成或将其取消，然后再打开其他工作区。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135"/>
        <source>Cannot Open Workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>Could not open %1:

%2</source>
        <translation>无法打开 %1：

%2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="152"/>
        <source>Wait for the import to finish, or cancel it, first.</source>
        <translation>请先等待导入完成，或将其取消。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="159"/>
        <source>Cannot Create Workspace</source>
        <translation>无法新建工作区</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="160"/>
        <source>Could not create %1:

%2</source>
        <translation>无法创建 %1：

%2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="218"/>
        <source>Reading the workspace summary…</source>
        <translation>正在读取工作区概要…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="227"/>
        <source>The workspace summary could not be read: %1</source>
        <translation>无法读取工作区概要：%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="236"/>
        <source>%1 traces · %2 spans · %3 services</source>
        <translation>%1 条追踪 · %2 个 Span · %3 个服务</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="241"/>
        <source>%1 labelled</source>
        <translation>已标注 %1 条</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="253"/>
        <source>%1 — Tracemark</source>
        <translation>%1 — Tracemark</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="255"/>
        <source>Tracemark</source>
        <translation>Tracemark</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="274"/>
        <source>workspace.tmk</source>
        <translation>workspace.tmk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="279"/>
        <source>Workspace Exists</source>
        <translation>工作区已存在</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="280"/>
        <source>%1 already exists. Open it instead?</source>
        <translation>%1 已存在。是否改为打开它？</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="291"/>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="291"/>
        <source>Tracemark workspaces (*.tmk);;All files (*)</source>
        <translation>Tracemark 工作区 (*.tmk);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="302"/>
        <source>An import is already running.</source>
        <translation>已有导入正在进行。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="24"/>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="28"/>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="32"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="34"/>
        <source>Import trace files or a dataset folder into this workspace</source>
        <translation>将追踪文件或数据集文件夹导入此工作区</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="37"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="39"/>
        <source>Write labels, root causes or traces to a file other tools read</source>
        <translation>将标签、根因或追踪写入可供其他工具读取的文件</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="45"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="50"/>
        <source>&amp;Close Workspace</source>
        <translation>关闭工作区(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="54"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="59"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="63"/>
        <source>&amp;Search Traces</source>
        <translation>搜索追踪(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="67"/>
        <source>Reset &amp;Filters</source>
        <translation>重置筛选条件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="72"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="81"/>
        <source>&amp;About Tracemark</source>
        <translation>关于 Tracemark(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="84"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="91"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="94"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="105"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="108"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="116"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="131"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="137"/>
        <source>No recent workspaces</source>
        <translation>没有最近使用的工作区</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="139"/>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowPages.cpp" line="25"/>
        <source>Traces</source>
        <translation>追踪</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowPages.cpp" line="26"/>
        <source>Anomaly labeling</source>
        <translation>异常标注</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowPages.cpp" line="27"/>
        <source>Root cause</source>
        <translation>根因</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowPages.cpp" line="33"/>
        <source>&amp;Traces</source>
        <translation>追踪(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowPages.cpp" line="33"/>
        <source>&amp;Anomaly Labeling</source>
        <translation>异常标注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowPages.cpp" line="33"/>
        <source>Root &amp;Cause</source>
        <translation>根因(&amp;C)</translation>
    </message>
</context>
<context>
    <name>tracemark::PeriodTimeline</name>
    <message>
        <location filename="../ui/rca/PeriodTimeline.cpp" line="40"/>
        <source>Abnormal traces</source>
        <translation>异常追踪</translation>
    </message>
    <message>
        <location filename="../ui/rca/PeriodTimeline.cpp" line="46"/>
        <source>Abnormal</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../ui/rca/PeriodTimeline.cpp" line="56"/>
        <source>Drag across the chart to draw a fault period; drag a shaded period&apos;s edge to move it.</source>
        <translation>在图表上拖动以绘制故障时段；拖动阴影时段的边缘可移动它。</translation>
    </message>
</context>
<context>
    <name>tracemark::ReferencePanel</name>
    <message>
        <location filename="../ui/trace/ReferencePanel.cpp" line="70"/>
        <source>Select a span to compare its duration with every span on the same call path in the workspace.</source>
        <translation>选择一个 Span，将其耗时与工作区中同一调用路径上的所有 Span 进行比较。</translation>
    </message>
    <message>
        <location filename="../ui/trace/ReferencePanel.cpp" line="78"/>
        <source>Reading the durations of %1 …</source>
        <translation>正在读取 %1 的耗时…</translation>
    </message>
    <message>
        <location filename="../ui/trace/ReferencePanel.cpp" line="85"/>
        <source>The reference statistics could not be read: %1</source>
        <translation>无法读取参考统计：%1</translation>
    </message>
    <message>
        <location filename="../ui/trace/ReferencePanel.cpp" line="94"/>
        <source>&lt;b&gt;Call path&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;调用路径&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/trace/ReferencePanel.cpp" line="105"/>
        <source>&lt;table cellspacing=&apos;6&apos;&gt;&lt;tr&gt;&lt;td&gt;Spans on this path&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Mean&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Std&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Median&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;p95&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;This span&lt;/td&gt;&lt;td&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;6&apos;&gt;&lt;tr&gt;&lt;td&gt;此路径上的 Span&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;均值&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;标准差&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;中位数&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;p95&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;此 Span&lt;/td&gt;&lt;td&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../ui/trace/ReferencePanel.cpp" line="113"/>
        <source>Slower than %1 % of the spans on this path (z = %2).</source>
        <translation>比此路径上 %1% 的 Span 慢（z = %2）。</translation>
    </message>
    <message>
        <location filename="../ui/trace/ReferencePanel.cpp" line="117"/>
        <source>Beyond the 95th percentile.</source>
        <translation>超过第 95 百分位。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trace/ReferencePanel.cpp" line="120"/>
        <source>%n longer span(s) lie beyond the chart.</source>
        <translation>
            <numerusform>另有 %n 个更长的 Span 超出图表范围。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trace/ReferencePanel.cpp" line="148"/>
        <source>Spans on this path</source>
        <translation>此路径上的 Span</translation>
    </message>
    <message>
        <location filename="../ui/trace/ReferencePanel.cpp" line="155"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location filename="../ui/trace/ReferencePanel.cpp" line="156"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../ui/trace/ReferencePanel.cpp" line="157"/>
        <source>This span</source>
        <translation>此 Span</translation>
    </message>
    <message>
        <location filename="../ui/trace/ReferencePanel.cpp" line="160"/>
        <source>Duration (ms)</source>
        <translation>耗时（毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/trace/ReferencePanel.cpp" line="164"/>
        <source>Spans</source>
        <translation>Span 数</translation>
    </message>
</context>
<context>
    <name>tracemark::RootCauseForm</name>
    <message>
        <location filename="../ui/rca/RootCauseForm.cpp" line="16"/>
        <source>Root cause</source>
        <translation>根因</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCauseForm.cpp" line="20"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCauseForm.cpp" line="21"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCauseForm.cpp" line="28"/>
        <source>The faulty service, or one of its instances (pods)</source>
        <translation>故障服务或其某个实例（Pod）</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCauseForm.cpp" line="30"/>
        <source>Choose a fault type</source>
        <translation>选择故障类型</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCauseForm.cpp" line="35"/>
        <source>What you saw, a ticket, …</source>
        <translation>观察到的现象、工单号…</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCauseForm.cpp" line="39"/>
        <source>Remove the stored root cause of this period</source>
        <translation>删除此时段已保存的根因</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCauseForm.cpp" line="46"/>
        <source>Service or instance:</source>
        <translation>服务或实例：</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCauseForm.cpp" line="47"/>
        <source>Fault type:</source>
        <translation>故障类型：</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCauseForm.cpp" line="48"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCauseForm.cpp" line="72"/>
        <source>Select a fault period.</source>
        <translation>请选择一个故障时段。</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCauseForm.cpp" line="74"/>
        <source>Period %1 has no root cause yet.</source>
        <translation>时段 %1 尚无根因。</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCauseForm.cpp" line="78"/>
        <source>Stored: %1, %2 (by %3, %4)</source>
        <translation>已保存：%1，%2（%3 于 %4 标注）</translation>
    </message>
</context>
<context>
    <name>tracemark::RootCausePage</name>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="105"/>
        <source>Detect periods</source>
        <translation>检测时段</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="107"/>
        <source>Merge the start times of the abnormal traces into fault periods (5 s padding, 30 s gap, at least 2 traces), as `tracemark-cli periods` does. Periods with a root cause, drawn by hand or from a fault list are kept.</source>
        <translation>将异常追踪的开始时间合并为故障时段（两端各留 5 秒余量，间隔超过 30 秒则拆分，至少 2 条追踪），与 `tracemark-cli periods` 的做法相同。已有根因、手动绘制或来自故障列表的时段会被保留。</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="116"/>
        <source>Abnormal</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="118"/>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="119"/>
        <source>fault list</source>
        <translation>故障列表</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="122"/>
        <source>Drag across the chart to draw a period, drag a shaded edge to move it.</source>
        <translation>在图表上拖动可绘制时段，拖动阴影边缘可移动时段。</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="129"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="131"/>
        <source>Store the selected period&apos;s new start and end</source>
        <translation>保存所选时段新的开始和结束时间</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="134"/>
        <source>Fault periods</source>
        <translation>故障时段</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="137"/>
        <source>Start:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="139"/>
        <source>End:</source>
        <translation>结束：</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="147"/>
        <source>Abnormal traces over time</source>
        <translation>异常追踪随时间分布</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="180"/>
        <source>Combined</source>
        <translation>综合</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="181"/>
        <source>Ochiai plus own latency, own errors, call latency, KPIs, error logs and the dependency graph (docs/rca.md)</source>
        <translation>Ochiai 加上自身延迟、自身错误、调用延迟、KPI、错误日志和依赖图（见 docs/rca.md）</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="184"/>
        <source>Ochiai</source>
        <translation>Ochiai</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="185"/>
        <source>Plain spectrum-based ranking: ef / sqrt((ef + ep)(ef + nf))</source>
        <translation>纯基于频谱的排序：ef / sqrt((ef + ep)(ef + nf))</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="196"/>
        <source>Zoom out (or turn the mouse wheel)</source>
        <translation>缩小（或滚动鼠标滚轮）</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="199"/>
        <source>Zoom in (or turn the mouse wheel)</source>
        <translation>放大（或滚动鼠标滚轮）</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="201"/>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="202"/>
        <source>Show the whole graph</source>
        <translation>显示整个图</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="211"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="212"/>
        <source>Load evidence</source>
        <translation>加载证据</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="228"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="237"/>
        <source>Ranking:</source>
        <translation>排序方式：</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="326"/>
        <source>No fault period selected.</source>
        <translation>未选择故障时段。</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="329"/>
        <source>Period %1: %2</source>
        <translation>时段 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePage.cpp" line="332"/>
        <source> · %1 traces: %2 abnormal, %3 normal, %4 unlabelled · ranked in %5 ms</source>
        <translation> · %1 条追踪：%2 条异常，%3 条正常，%4 条未标注 · 排序用时 %5 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="49"/>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="140"/>
        <source>Open a workspace to label root causes.</source>
        <translation>打开工作区以标注根因。</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="52"/>
        <source>Reading the fault periods…</source>
        <translation>正在读取故障时段…</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="90"/>
        <source>The fault periods could not be read: %1</source>
        <translation>无法读取故障时段：%1</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="138"/>
        <source>No fault period yet. Detect periods from the abnormal labels, or drag across the chart to draw one.</source>
        <translation>尚无故障时段。可根据异常标签检测时段，或在图表上拖动绘制一个。</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="171"/>
        <source>Reading every trace of the workspace for the ranking…</source>
        <translation>正在读取工作区中的所有追踪以进行排序…</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="172"/>
        <source>Reading the evidence of every trace (once per workspace)…</source>
        <translation>正在读取每条追踪的证据（每个工作区只需一次）…</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="192"/>
        <source>The evidence could not be read: %1</source>
        <translation>无法读取证据：%1</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="225"/>
        <source>Reading the evidence was cancelled: no ranking until it is read.</source>
        <translation>证据读取已取消：读取完成前无法排序。</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="226"/>
        <source>The evidence could not be read.</source>
        <translation>无法读取证据。</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="227"/>
        <source>No ranking: the evidence was not read.</source>
        <translation>无排序：未读取证据。</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="261"/>
        <source>No ranking.</source>
        <translation>无排序。</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="262"/>
        <source>The period could not be ranked: %1</source>
        <translation>无法对该时段排序：%1</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="328"/>
        <source>The KPIs could not be read: %1</source>
        <translation>无法读取 KPI：%1</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="354"/>
        <source>The periods could not be detected: %1</source>
        <translation>无法检测时段：%1</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="369"/>
        <source>The period could not be added: %1</source>
        <translation>无法添加时段：%1</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="381"/>
        <source>The period could not be changed: %1</source>
        <translation>无法修改时段：%1</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="408"/>
        <source>Choose a service or instance and a fault type first.</source>
        <translation>请先选择服务或实例以及故障类型。</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="415"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="422"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="435"/>
        <source>Not cleared: %1</source>
        <translation>未清除：%1</translation>
    </message>
    <message>
        <location filename="../ui/rca/RootCausePageJobs.cpp" line="442"/>
        <source>Root cause removed.</source>
        <translation>根因已删除。</translation>
    </message>
</context>
<context>
    <name>tracemark::ServiceDetailsPanel</name>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="88"/>
        <source>%1 (%2): %3 to %4</source>
        <translation>%1（%2）：%3 至 %4</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="101"/>
        <source>KPIs around the period</source>
        <translation>时段前后的 KPI</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="115"/>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="115"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="115"/>
        <source>Combined score</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="115"/>
        <source>SBFL counts</source>
        <translation>SBFL 计数</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="115"/>
        <source>Ochiai</source>
        <translation>Ochiai</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="116"/>
        <source>Self time</source>
        <translation>自身耗时</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="116"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="116"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="116"/>
        <source>Spans</source>
        <translation>Span 数</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="116"/>
        <source>Call latency</source>
        <translation>调用延迟</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="116"/>
        <source>KPI deviation</source>
        <translation>KPI 偏离</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="117"/>
        <source>Error logs</source>
        <translation>错误日志</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="117"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="169"/>
        <source>No service selected</source>
        <translation>未选择服务</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="170"/>
        <source>Click a service in the graph or the table to see its evidence.</source>
        <translation>在图或表格中点击一个服务以查看其证据。</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="182"/>
        <source>#%1 combined, #%2 Ochiai</source>
        <translation>综合 #%1，Ochiai #%2</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="187"/>
        <source>ef %1 · ep %2 · nf %3 · np %4</source>
        <translation>ef %1 · ep %2 · nf %3 · np %4</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="194"/>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="197"/>
        <source>%1 ms in the period
workspace %2 ± %3 ms, z&#xa0;%4</source>
        <translation>时段内 %1 毫秒
工作区 %2 ± %3 毫秒，z&#xa0;%4</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="200"/>
        <source>%1 of its spans, %2 raised by itself</source>
        <translation>其 Span 中有 %1 个出错，%2 个由自身引发</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="202"/>
        <source>none in the period (known from calls, KPIs or logs)</source>
        <translation>时段内无（由调用、KPI 或日志得知）</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="204"/>
        <source>z %1 (callers&apos; wait on the wire)</source>
        <translation>z %1（调用方在网络上的等待）</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="205"/>
        <source>no change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="206"/>
        <source>z %1</source>
        <translation>z %1</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="206"/>
        <source>no KPIs</source>
        <translation>无 KPI</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="207"/>
        <source>excess z %1</source>
        <translation>超出 z %1</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="207"/>
        <source>no logs</source>
        <translation>无日志</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="227"/>
        <source>No KPI series for this service.</source>
        <translation>此服务没有 KPI 序列。</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceDetailsPanel.cpp" line="230"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>tracemark::ServiceGraphView</name>
    <message>
        <location filename="../ui/rca/ServiceGraphView.cpp" line="52"/>
        <source>#%1 · score %2</source>
        <translation>#%1 · 得分 %2</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceGraphView.cpp" line="53"/>
        <source>not ranked</source>
        <translation>未排名</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceGraphView.cpp" line="57"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceGraphView.cpp" line="176"/>
        <source>The graph could not be laid out: %1</source>
        <translation>无法布局该图：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rca/ServiceGraphView.cpp" line="202"/>
        <source>%1 → %2
%Ln call(s)</source>
        <translation>
            <numerusform>%1 → %2
%Ln 次调用</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceGraphView.cpp" line="204"/>
        <source>mean callee latency %1 ms</source>
        <translation>被调方平均延迟 %1 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/rca/ServiceGraphView.cpp" line="206"/>
        <source>mean call gap %1 ms</source>
        <translation>平均调用间隔 %1 毫秒</translation>
    </message>
</context>
<context>
    <name>tracemark::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="29"/>
        <source>&amp;Move to the next trace after labelling one</source>
        <translation>标注后自动跳到下一条追踪(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="33"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="40"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="40"/>
        <source>System (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="43"/>
        <source>A language change applies the next time Tracemark starts. The --language command-line option overrides this setting.</source>
        <translation>语言更改将在下次启动 Tracemark 时生效。命令行选项 --language 会覆盖此设置。</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="48"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="50"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="55"/>
        <source>Recorded with every label you give, in the workspace&apos;s audit log. Empty uses your login name.</source>
        <translation>随您给出的每个标签一起记录在工作区的审计日志中。留空则使用您的登录名。</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="58"/>
        <source>Labelling</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="60"/>
        <source>&amp;Author of labels:</source>
        <translation>标注人(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="66"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="73"/>
        <source>Embedding, selection and training run in this program. Leave it empty to use the one installed next to Tracemark.</source>
        <translation>嵌入、选择和训练都在此程序中运行。留空则使用与 Tracemark 安装在一起的版本。</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="78"/>
        <source>Model jobs</source>
        <translation>模型任务</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="80"/>
        <source>&amp;tracemark-cli:</source>
        <translation>tracemark-cli(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="127"/>
        <source>Choose tracemark-cli</source>
        <translation>选择 tracemark-cli</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="141"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="143"/>
        <source>%1 is not an executable program.</source>
        <translation>%1 不是可执行程序。</translation>
    </message>
</context>
<context>
    <name>tracemark::ShortcutsOverlay</name>
    <message>
        <location filename="../ui/labeling/ShortcutsOverlay.cpp" line="18"/>
        <source>Label the trace normal</source>
        <translation>将追踪标注为正常</translation>
    </message>
    <message>
        <location filename="../ui/labeling/ShortcutsOverlay.cpp" line="19"/>
        <source>Label the trace abnormal</source>
        <translation>将追踪标注为异常</translation>
    </message>
    <message>
        <location filename="../ui/labeling/ShortcutsOverlay.cpp" line="20"/>
        <source>Skip the trace (no label)</source>
        <translation>跳过该追踪（不标注）</translation>
    </message>
    <message>
        <location filename="../ui/labeling/ShortcutsOverlay.cpp" line="21"/>
        <source>Next trace in the queue</source>
        <translation>队列中的下一条追踪</translation>
    </message>
    <message>
        <location filename="../ui/labeling/ShortcutsOverlay.cpp" line="22"/>
        <source>Previous trace in the queue</source>
        <translation>队列中的上一条追踪</translation>
    </message>
    <message>
        <location filename="../ui/labeling/ShortcutsOverlay.cpp" line="23"/>
        <source>Undo the last label</source>
        <translation>撤销上一个标注</translation>
    </message>
    <message>
        <location filename="../ui/labeling/ShortcutsOverlay.cpp" line="24"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../ui/labeling/ShortcutsOverlay.cpp" line="25"/>
        <source>Compare with the cluster&apos;s representative</source>
        <translation>与所在簇的代表性追踪对比</translation>
    </message>
    <message>
        <location filename="../ui/labeling/ShortcutsOverlay.cpp" line="26"/>
        <source>Fit the topology to the view</source>
        <translation>使拓扑适应视图</translation>
    </message>
    <message>
        <location filename="../ui/labeling/ShortcutsOverlay.cpp" line="27"/>
        <source>Search the queue</source>
        <translation>搜索队列</translation>
    </message>
    <message>
        <location filename="../ui/labeling/ShortcutsOverlay.cpp" line="28"/>
        <source>Show or hide this help</source>
        <translation>显示或隐藏此帮助</translation>
    </message>
    <message>
        <location filename="../ui/labeling/ShortcutsOverlay.cpp" line="53"/>
        <location filename="../ui/labeling/ShortcutsOverlay.cpp" line="71"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>tracemark::SpanDetailPanel</name>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="43"/>
        <source>Select a span in the topology or the timeline to see its details.</source>
        <translation>在拓扑或时间线中选择一个 Span 以查看详情。</translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="46"/>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="46"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="48"/>
        <source>All logs of the trace</source>
        <translation>该追踪的全部日志</translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="49"/>
        <source>Offset</source>
        <translation>偏移</translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="49"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="49"/>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="53"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="49"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="53"/>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="53"/>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="53"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="53"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="54"/>
        <source>Status code</source>
        <translation>状态码</translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="54"/>
        <source>Span id</source>
        <translation>Span ID</translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="54"/>
        <source>Parent id</source>
        <translation>父 Span ID</translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="54"/>
        <source>Start offset</source>
        <translation>开始偏移</translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="54"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="55"/>
        <source>Self time</source>
        <translation>自身耗时</translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="55"/>
        <source>Critical path</source>
        <translation>关键路径</translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="55"/>
        <source>Call path</source>
        <translation>调用路径</translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="128"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="130"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="130"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="180"/>
        <source>No logs were imported for this trace.</source>
        <translation>该追踪没有导入日志。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="182"/>
        <source>%n log line(s) in the trace</source>
        <translation>
            <numerusform>该追踪共 %n 行日志</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="184"/>
        <source>%n log line(s) of this span</source>
        <translation>
            <numerusform>此 Span 有 %n 行日志</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trace/SpanDetailPanel.cpp" line="185"/>
        <source>(%n in the trace)</source>
        <translation>
            <numerusform>（该追踪共 %n 行）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tracemark::SuspectTableModel</name>
    <message>
        <location filename="../ui/rca/SuspectTableModel.cpp" line="73"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../ui/rca/SuspectTableModel.cpp" line="86"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../ui/rca/SuspectTableModel.cpp" line="88"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../ui/rca/SuspectTableModel.cpp" line="90"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../ui/rca/SuspectTableModel.cpp" line="92"/>
        <source>Main evidence</source>
        <translation>主要证据</translation>
    </message>
    <message>
        <location filename="../ui/rca/SuspectTableModel.cpp" line="94"/>
        <source>Ochiai rank</source>
        <translation>Ochiai 排名</translation>
    </message>
</context>
<context>
    <name>tracemark::TopologyView</name>
    <message>
        <location filename="../ui/trace/TopologyView.cpp" line="41"/>
        <source>×%1 · mean %2</source>
        <translation>×%1 · 平均 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trace/TopologyView.cpp" line="43"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trace/TopologyView.cpp" line="45"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 span(s), mean %4, longest %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 个 Span，平均 %4，最长 %5</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trace/TopologyView.cpp" line="50"/>
        <source>&lt;br&gt;%n span(s) with an error status</source>
        <translation>
            <numerusform>&lt;br&gt;%n 个 Span 处于错误状态</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trace/TopologyView.cpp" line="52"/>
        <source>&lt;br&gt;on the critical path</source>
        <translation>&lt;br&gt;位于关键路径上</translation>
    </message>
    <message>
        <location filename="../ui/trace/TopologyView.cpp" line="99"/>
        <location filename="../ui/trace/TopologyView.cpp" line="129"/>
        <source>No trace</source>
        <translation>无追踪</translation>
    </message>
    <message>
        <location filename="../ui/trace/TopologyView.cpp" line="109"/>
        <source>%1 spans in %2 nodes: identical repeated calls are grouped (×N)</source>
        <translation>%1 个 Span，%2 个节点：相同的重复调用已合并（×N）</translation>
    </message>
    <message>
        <location filename="../ui/trace/TopologyView.cpp" line="110"/>
        <source>%1 spans in %2 nodes: sibling calls of one operation are grouped (×N)</source>
        <translation>%1 个 Span，%2 个节点：同一操作的兄弟调用已合并（×N）</translation>
    </message>
    <message>
        <location filename="../ui/trace/TopologyView.cpp" line="129"/>
        <source>This trace has no spans</source>
        <translation>该追踪没有 Span</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trace/TopologyView.cpp" line="147"/>
        <source>Laying out %n node(s)…</source>
        <translation>
            <numerusform>正在布局 %n 个节点…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trace/TopologyView.cpp" line="161"/>
        <source>The topology could not be laid out: %1</source>
        <translation>无法布局拓扑：%1</translation>
    </message>
</context>
<context>
    <name>tracemark::TraceCompareView</name>
    <message numerus="yes">
        <location filename="../ui/trace/TraceCompareView.cpp" line="52"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 · %3 · %n span(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 · %3 · %n 个 Span</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="70"/>
        <source>Call</source>
        <translation>调用</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="70"/>
        <source>Spans A</source>
        <translation>Span 数 A</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="70"/>
        <source>Spans B</source>
        <translation>Span 数 B</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="70"/>
        <source>Mean A</source>
        <translation>均值 A</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="70"/>
        <source>Mean B</source>
        <translation>均值 B</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="71"/>
        <source>Δ mean (B − A)</source>
        <translation>Δ 均值 (B − A)</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="71"/>
        <source>Call path</source>
        <translation>调用路径</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="88"/>
        <source>Tinted rows and table lines: call paths that only one trace has (yellow: only in A, green: only in B); red: the largest change.</source>
        <translation>着色的行和表格线：只有一条追踪具有的调用路径（黄色：仅在 A 中，绿色：仅在 B 中）；红色：变化最大。</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="129"/>
        <location filename="../ui/trace/TraceCompareView.cpp" line="166"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="130"/>
        <location filename="../ui/trace/TraceCompareView.cpp" line="167"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="131"/>
        <source>Choose two traces to compare.</source>
        <translation>请选择两条追踪进行对比。</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="131"/>
        <source>Open a workspace to compare traces.</source>
        <translation>打开工作区以对比追踪。</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="143"/>
        <source>Loading both traces …</source>
        <translation>正在加载两条追踪…</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="152"/>
        <source>The traces could not be loaded: %1</source>
        <translation>无法加载追踪：%1</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="178"/>
        <source>End to end: A %1, B %2 (%3). </source>
        <translation>端到端：A %1，B %2（%3）。 </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trace/TraceCompareView.cpp" line="182"/>
        <source>%n call path(s) only in A, </source>
        <translation>
            <numerusform>%n 条调用路径仅在 A 中， </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trace/TraceCompareView.cpp" line="183"/>
        <source>%n only in B, </source>
        <translation>
            <numerusform>%n 条仅在 B 中， </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trace/TraceCompareView.cpp" line="184"/>
        <source>%n with a different number of spans.</source>
        <translation>
            <numerusform>%n 条的 Span 数不同。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="187"/>
        <source>Largest change: &lt;b&gt;%1: %2&lt;/b&gt; %3 per span.</source>
        <translation>变化最大：&lt;b&gt;%1: %2&lt;/b&gt;，每个 Span %3。</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="214"/>
        <source>only in A</source>
        <translation>仅在 A 中</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceCompareView.cpp" line="214"/>
        <source>only in B</source>
        <translation>仅在 B 中</translation>
    </message>
</context>
<context>
    <name>tracemark::TraceFilterBar</name>
    <message>
        <location filename="../ui/TraceFilterBar.cpp" line="31"/>
        <source>&amp;Errors only</source>
        <translation>仅显示错误(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/TraceFilterBar.cpp" line="36"/>
        <source>Search trace ID prefix, service or operation…</source>
        <translation>搜索追踪 ID 前缀、服务或操作…</translation>
    </message>
    <message>
        <location filename="../ui/TraceFilterBar.cpp" line="41"/>
        <source>Only traces with a span of this service</source>
        <translation>仅显示包含该服务 Span 的追踪</translation>
    </message>
    <message>
        <location filename="../ui/TraceFilterBar.cpp" line="45"/>
        <source>Only traces with a span of this operation</source>
        <translation>仅显示包含该操作 Span 的追踪</translation>
    </message>
    <message>
        <location filename="../ui/TraceFilterBar.cpp" line="50"/>
        <source>Only traces with at least one span in error</source>
        <translation>仅显示至少有一个 Span 出错的追踪</translation>
    </message>
    <message>
        <location filename="../ui/TraceFilterBar.cpp" line="55"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/TraceFilterBar.cpp" line="56"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../ui/TraceFilterBar.cpp" line="57"/>
        <source>Only traces at least this long (end-to-end latency)</source>
        <translation>仅显示端到端延迟不低于此值的追踪</translation>
    </message>
    <message>
        <location filename="../ui/TraceFilterBar.cpp" line="61"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../ui/TraceFilterBar.cpp" line="62"/>
        <source>Clear all filters</source>
        <translation>清除所有筛选条件</translation>
    </message>
    <message>
        <location filename="../ui/TraceFilterBar.cpp" line="65"/>
        <source>Min &amp;duration:</source>
        <translation>最短耗时(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/TraceFilterBar.cpp" line="133"/>
        <source>All services</source>
        <translation>所有服务</translation>
    </message>
    <message>
        <location filename="../ui/TraceFilterBar.cpp" line="150"/>
        <source>All operations</source>
        <translation>所有操作</translation>
    </message>
</context>
<context>
    <name>tracemark::TracePanel</name>
    <message>
        <location filename="../ui/TracePanel.cpp" line="125"/>
        <source>Counting matching traces…</source>
        <translation>正在统计匹配的追踪…</translation>
    </message>
    <message>
        <location filename="../ui/TracePanel.cpp" line="139"/>
        <source>Could not count the matching traces: %1</source>
        <translation>无法统计匹配的追踪：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TracePanel.cpp" line="149"/>
        <source>%Ln trace(s) match</source>
        <translation>
            <numerusform>%Ln 条追踪匹配</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TracePanel.cpp" line="150"/>
        <source>%1 traces match</source>
        <translation>%1 条追踪匹配</translation>
    </message>
    <message>
        <location filename="../ui/TracePanel.cpp" line="161"/>
        <source>The traces could not be read:
%1</source>
        <translation>无法读取追踪：
%1</translation>
    </message>
    <message>
        <location filename="../ui/TracePanel.cpp" line="163"/>
        <source>This workspace has no traces yet.
Import trace files with File ▸ Import… or drop them on this window.</source>
        <translation>此工作区还没有追踪。
请通过“文件 ▸ 导入…”导入追踪文件，或将文件拖放到此窗口。</translation>
    </message>
    <message>
        <location filename="../ui/TracePanel.cpp" line="166"/>
        <source>No trace matches these filters.</source>
        <translation>没有符合这些筛选条件的追踪。</translation>
    </message>
</context>
<context>
    <name>tracemark::TraceTableModel</name>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="33"/>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="35"/>
        <source>Abnormal</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="44"/>
        <source>set by a person</source>
        <translation>人工标注</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="46"/>
        <source>propagated</source>
        <translation>标签传播</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="48"/>
        <source>suggested by a model</source>
        <translation>模型建议</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="223"/>
        <source>%1 spans, %2 of them without their parent</source>
        <translation>%1 个 Span，其中 %2 个缺少父 Span</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="228"/>
        <source>%1 spans with an error status</source>
        <translation>%1 个 Span 处于错误状态</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="232"/>
        <source>Not labelled yet</source>
        <translation>尚未标注</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="233"/>
        <source>%1, %2, confidence %3 %</source>
        <translation>%1，%2，置信度 %3%</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="250"/>
        <source>Start of the trace&apos;s earliest span, in local time</source>
        <translation>追踪中最早 Span 的开始时间（本地时间）</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="252"/>
        <source>End-to-end latency of the trace, in milliseconds</source>
        <translation>追踪的端到端延迟，单位为毫秒</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="254"/>
        <source>Spans with an error status (HTTP 4xx/5xx, gRPC error, error flag)</source>
        <translation>处于错误状态的 Span 数（HTTP 4xx/5xx、gRPC 错误、错误标志）</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="256"/>
        <source>Normal or abnormal, when the trace has been labelled</source>
        <translation>追踪被标注后显示为正常或异常</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="265"/>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="267"/>
        <source>Trace ID</source>
        <translation>追踪 ID</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="269"/>
        <source>Root service</source>
        <translation>根服务</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="271"/>
        <source>Root operation</source>
        <translation>根操作</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="273"/>
        <source>Duration (ms)</source>
        <translation>耗时（毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="275"/>
        <source>Spans</source>
        <translation>Span 数</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="277"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="279"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>tracemark::TraceViewer</name>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="59"/>
        <source>Span</source>
        <translation>Span</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="60"/>
        <source>Reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="105"/>
        <source>&lt;b&gt;Topology&lt;/b&gt;</source>
        <translation>&lt;b&gt;拓扑&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="106"/>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="106"/>
        <source>Fit the whole graph in view (F)</source>
        <translation>使整个图适应视图 (F)</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="107"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="107"/>
        <source>Zoom in (+ or Ctrl+wheel)</source>
        <translation>放大（+ 或 Ctrl+滚轮）</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="108"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="108"/>
        <source>Zoom out (- or Ctrl+wheel)</source>
        <translation>缩小（- 或 Ctrl+滚轮）</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="113"/>
        <source>red: error · dark border: critical path · drag to pan</source>
        <translation>红色：错误 · 深色边框：关键路径 · 拖动可平移</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="134"/>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;时间线&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="135"/>
        <source>Expand all</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="135"/>
        <source>Show every span</source>
        <translation>显示所有 Span</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="136"/>
        <source>Collapse all</source>
        <translation>全部折叠</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="136"/>
        <source>Show only the root&apos;s direct children</source>
        <translation>仅显示根 Span 的直接子节点</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="139"/>
        <source>black line: critical path</source>
        <translation>黑线：关键路径</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="176"/>
        <source>Choose a trace to view it here.</source>
        <translation>选择一条追踪以在此查看。</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="176"/>
        <source>Open a workspace to view its traces.</source>
        <translation>打开工作区以查看其中的追踪。</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="193"/>
        <source>No workspace is open.</source>
        <translation>未打开工作区。</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="201"/>
        <location filename="../ui/trace/TraceViewer.cpp" line="203"/>
        <source>Loading the trace …</source>
        <translation>正在加载追踪…</translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="211"/>
        <source>The trace could not be loaded: %1</source>
        <translation>无法加载追踪：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trace/TraceViewer.cpp" line="239"/>
        <source>&lt;b&gt;Trace %1&lt;/b&gt; · %2 · %n span(s)</source>
        <translation>
            <numerusform>&lt;b&gt;追踪 %1&lt;/b&gt; · %2 · %n 个 Span</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trace/TraceViewer.cpp" line="242"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n 个服务</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trace/TraceViewer.cpp" line="243"/>
        <source>depth %1</source>
        <translation>深度 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trace/TraceViewer.cpp" line="245"/>
        <source>%n error span(s)</source>
        <translation>
            <numerusform>%n 个错误 Span</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tracemark::WaterfallMinimap</name>
    <message>
        <location filename="../ui/trace/WaterfallMinimap.cpp" line="20"/>
        <source>Overview of the whole trace: click or drag to scroll the timeline</source>
        <translation>整条追踪的概览：点击或拖动以滚动时间线</translation>
    </message>
</context>
<context>
    <name>tracemark::WaterfallView</name>
    <message>
        <location filename="../ui/trace/WaterfallView.cpp" line="211"/>
        <source>No spans to show</source>
        <translation>没有可显示的 Span</translation>
    </message>
    <message>
        <location filename="../ui/trace/WaterfallView.cpp" line="258"/>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <location filename="../ui/trace/WaterfallView.cpp" line="323"/>
        <source>Service · operation</source>
        <translation>服务 · 操作</translation>
    </message>
    <message>
        <location filename="../ui/trace/WaterfallView.cpp" line="448"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;start %3, duration %4, self %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;开始 %3，耗时 %4，自身 %5</translation>
    </message>
    <message>
        <location filename="../ui/trace/WaterfallView.cpp" line="455"/>
        <source>&lt;br&gt;&lt;span style=&apos;color:#d32f2f&apos;&gt;%1&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#d32f2f&apos;&gt;%1&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/trace/WaterfallView.cpp" line="457"/>
        <source>&lt;br&gt;on the critical path</source>
        <translation>&lt;br&gt;位于关键路径上</translation>
    </message>
</context>
</TS>
