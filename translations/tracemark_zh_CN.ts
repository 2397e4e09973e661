<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="176"/>
        <source>Tracemark trace labeling workbench</source>
        <translation>Tracemark 追踪标注工作台</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="180"/>
        <source>Workspace (.tmk) to open</source>
        <translation>要打开的工作区（.tmk）</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="182"/>
        <source>Save a PNG of the window once the workspace is loaded, then exit.</source>
        <translation>工作区加载完成后将窗口保存为 PNG 图片，然后退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="187"/>
        <source>Window size for --screenshot.</source>
        <translation>--screenshot 使用的窗口尺寸。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="190"/>
        <source>Print the time to open the workspace and show the first page of the table (median of 5 runs).</source>
        <translation>输出打开工作区并显示表格第一页所需的时间（5 次运行的中位数）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="195"/>
        <source>User interface language, e.g. en or zh_CN.</source>
        <translation>界面语言，例如 en 或 zh_CN。</translation>
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
    <name>tracemark::ImportDialog</name>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="48"/>
        <source>Import Traces</source>
        <translation>导入追踪</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="54"/>
        <source>Import trace files into &lt;b&gt;%1&lt;/b&gt;. Everything is added in one step: if a file has a problem, or you cancel, the workspace stays as it was.</source>
        <translation>将追踪文件导入 &lt;b&gt;%1&lt;/b&gt;。所有内容一次性添加：如果某个文件有问题或您取消了导入，工作区将保持原样。</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="74"/>
        <source>field=column pairs. Fields: trace_id, span_id, parent_id, service, operation, instance, start, end, duration, status</source>
        <translation>“字段=列名”对。可用字段：trace_id、span_id、parent_id、service、operation、instance、start、end、duration、status</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="81"/>
        <source>Column &amp;mapping:</source>
        <translation>列映射(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="82"/>
        <source>&amp;Time unit:</source>
        <translation>时间单位(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="85"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="99"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="101"/>
        <source>&amp;Cancel Import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="103"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="197"/>
        <source>%1 was not recognised: %2
Choose its format below, or remove it.</source>
        <translation>无法识别 %1：%2
请在下方选择其格式，或将其移除。</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="214"/>
        <source>The column mapping is not valid: %1</source>
        <translation>列映射无效：%1</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="232"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="251"/>
        <source>Cancelling… everything read so far is being rolled back.</source>
        <translation>正在取消…已读取的内容正在回滚。</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="288"/>
        <source>%1 traces</source>
        <translation>%1 条追踪</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="289"/>
        <source>%1 spans</source>
        <translation>%1 个 Span</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="291"/>
        <source>%1 log records</source>
        <translation>%1 条日志记录</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="293"/>
        <source>%1 metric samples</source>
        <translation>%1 个指标样本</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="295"/>
        <source>%1 ground-truth records</source>
        <translation>%1 条真实标签记录</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="297"/>
        <source>%1 fault injections</source>
        <translation>%1 次故障注入</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="299"/>
        <source>Imported %1 in %2.</source>
        <translation>已导入 %1，用时 %2。</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="302"/>
        <source>%1 spans have no parent in the data and were kept as orphans.</source>
        <translation>有 %1 个 Span 在数据中找不到父 Span，已作为孤立 Span 保留。</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="316"/>
        <source>Import cancelled. The workspace is unchanged.</source>
        <translation>导入已取消。工作区未被修改。</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="320"/>
        <source>The import failed and nothing was added to the workspace:
%1</source>
        <translation>导入失败，工作区中未添加任何内容：
%1</translation>
    </message>
</context>
<context>
    <name>tracemark::ImportInputList</name>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="38"/>
        <source>Add &amp;Files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="39"/>
        <source>Add F&amp;older…</source>
        <translation>添加文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="40"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="44"/>
        <source>File or folder</source>
        <translation>文件或文件夹</translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="44"/>
        <source>Detected format</source>
        <translation>检测到的格式</translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="117"/>
        <source>Add Trace Files</source>
        <translation>添加追踪文件</translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="118"/>
        <source>Trace files (*.json *.json.gz *.csv *.csv.gz *.gz);;All files (*)</source>
        <translation>追踪文件 (*.json *.json.gz *.csv *.csv.gz *.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="123"/>
        <source>Add a Folder</source>
        <translation>添加文件夹</translation>
    </message>
    <message>
        <location filename="../ui/ImportInputList.cpp" line="151"/>
        <source>Not recognised</source>
        <translation>无法识别</translation>
    </message>
</context>
<context>
    <name>tracemark::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="74"/>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75"/>
        <source>Tracemark workspaces (*.tmk)</source>
        <translation>Tracemark 工作区 (*.tmk)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="95"/>
        <source>Reading the traces failed: %1</source>
        <translation>读取追踪失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122"/>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>Import Running</source>
        <translation>导入进行中</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="123"/>
        <source>Wait for the import to finish, or cancel it, before opening another workspace.</source>
        <translation>请等待导入完成或将其取消，然后再打开其他工作区。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="131"/>
        <source>Cannot Open Workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132"/>
        <source>Could not open %1:

%2</source>
        <translation>无法打开 %1：

%2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>Wait for the import to finish, or cancel it, first.</source>
        <translation>请先等待导入完成，或将其取消。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>Cannot Create Workspace</source>
        <translation>无法新建工作区</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="156"/>
        <source>Could not create %1:

%2</source>
        <translation>无法创建 %1：

%2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <source>Reading the workspace summary…</source>
        <translation>正在读取工作区概要…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="213"/>
        <source>The workspace summary could not be read: %1</source>
        <translation>无法读取工作区概要：%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="222"/>
        <source>%1 traces · %2 spans · %3 services</source>
        <translation>%1 条追踪 · %2 个 Span · %3 个服务</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="227"/>
        <source>%1 labelled</source>
        <translation>已标注 %1 条</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="239"/>
        <source>%1 — Tracemark</source>
        <translation>%1 — Tracemark</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="241"/>
        <source>Tracemark</source>
        <translation>Tracemark</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="260"/>
        <source>workspace.tmk</source>
        <translation>workspace.tmk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="265"/>
        <source>Workspace Exists</source>
        <translation>工作区已存在</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="266"/>
        <source>%1 already exists. Open it instead?</source>
        <translation>%1 已存在。是否改为打开它？</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="277"/>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="277"/>
        <source>Tracemark workspaces (*.tmk);;All files (*)</source>
        <translation>Tracemark 工作区 (*.tmk);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="288"/>
        <source>An import is already running.</source>
        <translation>已有导入正在进行。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="21"/>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="25"/>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="29"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="31"/>
        <source>Import trace files or a dataset folder into this workspace</source>
        <translation>将追踪文件或数据集文件夹导入此工作区</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="34"/>
        <source>&amp;Close Workspace</source>
        <translation>关闭工作区(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="38"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="43"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="47"/>
        <source>&amp;Search Traces</source>
        <translation>搜索追踪(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="51"/>
        <source>Reset &amp;Filters</source>
        <translation>重置筛选条件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="56"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="65"/>
        <source>&amp;About Tracemark</source>
        <translation>关于 Tracemark(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="68"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="75"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="78"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="88"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="94"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="109"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="115"/>
        <source>No recent workspaces</source>
        <translation>没有最近使用的工作区</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="117"/>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
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
        <location filename="../ui/models/TraceTableModel.cpp" line="32"/>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="34"/>
        <source>Abnormal</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="43"/>
        <source>set by a person</source>
        <translation>人工标注</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="45"/>
        <source>propagated</source>
        <translation>标签传播</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="47"/>
        <source>suggested by a model</source>
        <translation>模型建议</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="222"/>
        <source>%1 spans, %2 of them without their parent</source>
        <translation>%1 个 Span，其中 %2 个缺少父 Span</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="227"/>
        <source>%1 spans with an error status</source>
        <translation>%1 个 Span 处于错误状态</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="231"/>
        <source>Not labelled yet</source>
        <translation>尚未标注</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="232"/>
        <source>%1, %2, confidence %3 %</source>
        <translation>%1，%2，置信度 %3%</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="249"/>
        <source>Start of the trace&apos;s earliest span, in local time</source>
        <translation>追踪中最早 Span 的开始时间（本地时间）</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="251"/>
        <source>End-to-end latency of the trace, in milliseconds</source>
        <translation>追踪的端到端延迟，单位为毫秒</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="253"/>
        <source>Spans with an error status (HTTP 4xx/5xx, gRPC error, error flag)</source>
        <translation>处于错误状态的 Span 数（HTTP 4xx/5xx、gRPC 错误、错误标志）</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="255"/>
        <source>Normal or abnormal, when the trace has been labelled</source>
        <translation>追踪被标注后显示为正常或异常</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="264"/>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="266"/>
        <source>Trace ID</source>
        <translation>追踪 ID</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="268"/>
        <source>Root service</source>
        <translation>根服务</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="270"/>
        <source>Root operation</source>
        <translation>根操作</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="272"/>
        <source>Duration (ms)</source>
        <translation>耗时（毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="274"/>
        <source>Spans</source>
        <translation>Span 数</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="276"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/models/TraceTableModel.cpp" line="278"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
</context>
</TS>
