<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../kam_desktop/ui/about_dialog.py" line="+55"/>
        <source>About KAM Desktop</source>
        <translation>关于 KAM Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline-first key account management for account managers: your portfolio, its tiers, contacts and buying centers, visits, satisfaction surveys and account plans — on your own computer, in English and Chinese.</source>
        <translation>面向大客户经理的离线优先大客户管理工具：客户组合、客户分级、联系人与采购决策链、拜访、满意度调查和客户计划——数据保存在您自己的电脑上，支持中文和英文。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Built with Python %1, Qt %2 (PySide6 %3), SQLite and pandas. Chinese font: WenQuanYi Micro Hei (Apache License 2.0).</source>
        <translation>基于 Python %1、Qt %2（PySide6 %3）、SQLite 和 pandas 构建。中文字体：文泉驿微米黑（Apache License 2.0）。</translation>
    </message>
</context>
<context>
    <name>AccountDetailPanel</name>
    <message>
        <location filename="../../kam_desktop/ui/account_detail.py" line="+155"/>
        <source>Tier: %1</source>
        <translation>级别：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No notes.</source>
        <translation>暂无备注。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No longer active</source>
        <translation>已不再任职</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contacts and buying center (%1)</source>
        <translation>联系人与采购决策链（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select an account to see its profile, figures and contacts.</source>
        <translation>选择一个客户，查看其概况、业务数据和联系人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>客户概况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings (1–5)</source>
        <translation>评分（1–5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures</source>
        <translation>业务数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contacts recorded yet.</source>
        <translation>尚未记录联系人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>客户编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>客户级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value positioning fit</source>
        <translation>价值定位匹配度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procurement standards fit</source>
        <translation>采购规范匹配度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth potential</source>
        <translation>成长潜力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry influence</source>
        <translation>行业影响力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employees</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual revenue</source>
        <translation>年营业收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company profit</source>
        <translation>企业利润</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales lines</source>
        <translation>销售明细行数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total sales</source>
        <translation>累计销售额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First order</source>
        <translation>首次下单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last order</source>
        <translation>最近下单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>拜访次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last visit</source>
        <translation>最近拜访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strength</source>
        <translation>关系强度</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../kam_desktop/ui/accounts_page.py" line="+224"/>
        <source>All tiers</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Loading accounts…</source>
        <translation>正在加载客户…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 account</source>
        <translation>共 1 个客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0 of 1 account</source>
        <translation>1 个客户中显示 0 个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 accounts</source>
        <translation>共 %1 个客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 accounts</source>
        <translation>%2 个客户中显示 %1 个</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Accounts</source>
        <translation>大客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search code, name, industry, region, city or account manager (Ctrl+F)</source>
        <translation>搜索客户编码、名称、行业、区域、城市或客户经理（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tier:</source>
        <translation>客户级别(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../kam_desktop/ui/import_result_pages.py" line="+91"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code</source>
        <translation>客户编码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Check what the import will do</source>
        <translation>校验：查看导入将做哪些更改</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The check could not be completed.</source>
        <translation>无法完成校验。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New accounts the import creates (%1)</source>
        <translation>导入将新建的客户（%1）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every row is valid.</source>
        <translation>所有行均有效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is imported while rows are invalid.</source>
        <translation>存在无效行时，不会导入任何数据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the rows listed above in the file and start again, or tick “Skip invalid rows” to import the valid rows now; the invalid ones then go to an error workbook beside the file.</source>
        <translation>请在文件中修正上面列出的行后重新导入；或勾选“跳过无效行”，立即导入有效行，无效行将写入源文件旁的错误工作簿。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No row is valid: there is nothing to import.</source>
        <translation>没有有效的行，无可导入的数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to import: the database already holds these rows as they are.</source>
        <translation>无需导入：数据库中已有这些数据，且内容相同。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking every row…</source>
        <translation>正在逐行校验…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has been written yet. The database is backed up before the import.</source>
        <translation>目前尚未写入任何数据。导入前会先备份数据库。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip invalid rows: import the valid rows and write the invalid ones to an error workbook</source>
        <translation>跳过无效行：导入有效行，并将无效行写入错误工作簿</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../kam_desktop/ui/crash_dialog.py" line="+75"/>
        <source>KAM Desktop — unexpected error</source>
        <translation>KAM Desktop — 意外错误</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong that KAM Desktop did not expect. Your data is safe: unfinished changes were rolled back. Please copy the details below and send them with a short note on what you were doing.</source>
        <translation>KAM Desktop 遇到了一个意外错误。您的数据是安全的：未完成的更改已经回滚。请复制下方的详细信息，并附上一句您当时正在进行的操作，一起发送给我们。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../kam_desktop/ui/file_dialogs.py" line="+15"/>
        <source>KAM Desktop databases (*.db *.sqlite);;All files (*)</source>
        <translation>KAM Desktop 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a KAM Desktop database</source>
        <translation>打开 KAM Desktop 数据库</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create a new KAM Desktop database</source>
        <translation>新建 KAM Desktop 数据库</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../kam_desktop/ui/import_source_pages.py" line="+140"/>
        <source>Choose the file and what it holds</source>
        <translation>选择文件及其数据类型</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choose an Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) or CSV file.</source>
        <translation>请选择 Excel（.xlsx、.xlsm、.xls）、OpenDocument（.ods）或 CSV 文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An ERP export (.xlsx, .xls, .ods, .csv); you can also drop it on the main window</source>
        <translation>ERP 导出文件（.xlsx、.xls、.ods、.csv）；也可以直接拖放到主窗口</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What does the file hold?</source>
        <translation>文件中是哪类数据？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is written before the last step. The database is backed up before the import, and every import can be undone from the Import page.</source>
        <translation>最后一步之前不会写入任何数据。导入前会先备份数据库，每次导入都可以在“数据导入”页面撤销。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../kam_desktop/ui/first_run_dialog.py" line="+120"/>
        <location line="+1"/>
        <source>Welcome to KAM Desktop</source>
        <translation>欢迎使用 KAM Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no database at %1 yet. How would you like to start?</source>
        <translation>%1 处还没有数据库。您想如何开始？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create an empty database</source>
        <translation>新建空数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with your own portfolio: import it from your ERP&apos;s Excel exports or add accounts one by one.</source>
        <translation>从您自己的客户组合开始：从 ERP 导出的 Excel 文件导入，或逐个添加客户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the demo portfolio</source>
        <translation>打开演示客户组合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>300 fictitious accounts with contacts, sales, visits and surveys, to explore KAM Desktop. You can start a real database later.</source>
        <translation>300 个虚构客户，含联系人、销售、拜访和满意度调查数据，供您体验 KAM Desktop。之后可随时新建正式数据库。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open an existing database…</source>
        <translation>打开已有数据库…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A KAM Desktop database file from a colleague, a backup or another folder.</source>
        <translation>来自同事、备份或其他文件夹的 KAM Desktop 数据库文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>ImportDialogs</name>
    <message>
        <location filename="../../kam_desktop/ui/import_dialogs.py" line="+29"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>电子表格 (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx *.xlsm *.xls)</source>
        <translation>Excel 工作簿 (*.xlsx *.xlsm *.xls)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument spreadsheets (*.ods)</source>
        <translation>OpenDocument 电子表格 (*.ods)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of this mapping (for example the ERP and report, “Kingdee sales”):</source>
        <translation>映射名称（例如 ERP 和报表名称，如“金蝶销售明细”）：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 account</source>
        <translation>1 个客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 accounts</source>
        <translation>%1 个客户</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This removes the %1 it added and puts back the %2 it changed, as they were before the import.</source>
        <translation>这将删除此次导入新增的 %1，并将其修改过的 %2 恢复为导入前的状态。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This puts back the %1 it changed, as they were before the import.</source>
        <translation>这将把此次导入修改过的 %1 恢复为导入前的状态。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This removes the %1 it added.</source>
        <translation>这将删除此次导入新增的 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It also removes the %1 it created, except those that now hold data of their own (contacts, visits, plans).</source>
        <translation>同时删除其新建的 %1，但之后已录入自有数据（联系人、拜访、计划）的客户会保留。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A backup of the database is taken first.</source>
        <translation>操作前会先备份数据库。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Undo the import of %1?</source>
        <translation>撤销 %1 的导入？</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <location filename="../../kam_desktop/ui/import_models.py" line="+144"/>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>数据类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New accounts</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Undone on %1</source>
        <translation>撤销于 %1</translation>
    </message>
</context>
<context>
    <name>ImportLabels</name>
    <message>
        <location filename="../../kam_desktop/ui/import_labels.py" line="+25"/>
        <source>Sales lines</source>
        <translation>销售明细</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>客户资料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo portfolio</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order or invoice lines: customer, date, product, quantity, amount</source>
        <translation>订单或发票明细：客户、日期、产品、数量、金额</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open invoices: customer, invoice number and date, amount, paid</source>
        <translation>未结发票：客户、发票号码和日期、金额、已收款</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer master data: code, name, industry, region, owner</source>
        <translation>客户主数据：编码、名称、行业、区域、客户经理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People at your customers: name, title, phone, buying role</source>
        <translation>客户方人员：姓名、职务、电话、采购角色</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer code</source>
        <translation>客户编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order number</source>
        <translation>单据编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line number</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date</source>
        <translation>单据日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product code</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product name</source>
        <translation>物料名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount paid</source>
        <translation>已收金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date paid</source>
        <translation>收款日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding</source>
        <translation>未收余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employees</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company profit</source>
        <translation>企业利润</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual revenue</source>
        <translation>年营业收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value positioning fit (1–5)</source>
        <translation>价值定位匹配度（1–5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procurement standards fit (1–5)</source>
        <translation>采购规范匹配度（1–5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth potential (1–5)</source>
        <translation>成长潜力（1–5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Influence (1–5)</source>
        <translation>影响力（1–5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buying role</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship strength (1–5)</source>
        <translation>关系强度（1–5）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 or %2</source>
        <translation>%1或%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a column for: %1.</source>
        <translation>请为以下字段选择列：%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is not a spreadsheet (Excel, OpenDocument or CSV).</source>
        <translation>此文件不是电子表格（Excel、OpenDocument 或 CSV）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is incomplete or damaged (perhaps a download or copy that did not finish).</source>
        <translation>文件不完整或已损坏（可能下载或复制未完成）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is protected by a password. Save a copy without the password in Excel and import that.</source>
        <translation>文件受密码保护。请在 Excel 中另存一份不带密码的副本，再导入该副本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file would unpack to an unreasonable size; it was not opened.</source>
        <translation>文件解压后体积异常巨大，已拒绝打开。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file contains constructs a spreadsheet never needs; it was not opened.</source>
        <translation>文件包含电子表格不应有的结构，已拒绝打开。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sheet is too large to import.</source>
        <translation>工作表过大，无法导入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file needs too much memory to read.</source>
        <translation>读取此文件所需内存过多。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workbook has no sheets.</source>
        <translation>工作簿中没有工作表。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the file took too long; it was stopped.</source>
        <translation>读取文件耗时过长，已停止。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the file was cancelled.</source>
        <translation>已取消读取文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file does not exist (any more).</source>
        <translation>文件不存在（可能已被移动或删除）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be opened.</source>
        <translation>无法打开文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This kind of file cannot be imported.</source>
        <translation>无法导入此类文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no sheet with data.</source>
        <translation>文件中没有包含数据的工作表。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sheet does not exist.</source>
        <translation>工作表不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file cannot be read.</source>
        <translation>无法读取文件。</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../kam_desktop/ui/import_page.py" line="+173"/>
        <source>Select an import to undo it.</source>
        <translation>选择一次导入即可撤销。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This import was undone.</source>
        <translation>此次导入已撤销。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo portfolio is not an import and cannot be undone here.</source>
        <translation>演示数据不是导入的数据，无法在此撤销。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The import of %1 was undone.</source>
        <translation>已撤销 %1 的导入。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Undoing the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import</source>
        <translation>数据导入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import sales, receivables, customers and contacts from ERP Excel exports (Kingdee, Yonyou, SAP…) with column mapping, validation, preview and undo. Nothing is written before you have seen what will change, and the database is backed up before every import.</source>
        <translation>从 ERP（金蝶、用友、SAP 等）导出的 Excel 文件导入销售、应收账款、客户和联系人，支持列映射、校验、预览和撤销。在您确认将发生的更改之前不会写入任何数据，且每次导入前都会备份数据库。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import a file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can also drop a file (.xlsx, .xlsm, .xls, .ods or .csv) on the window.</source>
        <translation>也可以将文件（.xlsx、.xlsm、.xls、.ods 或 .csv）直接拖放到窗口中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import history</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No imports yet.</source>
        <translation>暂无导入记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo import…</source>
        <translation>撤销导入(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>ImportResult</name>
    <message>
        <location filename="../../kam_desktop/ui/import_result_pages.py" line="-231"/>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New accounts</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals rows skipped</source>
        <translation>跳过的合计行</translation>
    </message>
    <message>
        <location line="+560"/>
        <source>%1 removed, %2 put back as they were, %3 removed.</source>
        <translation>已删除 %1，已恢复 %2，已删除 %3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept the accounts that now hold data of their own: %1.</source>
        <translation>以下客户已有自有数据，予以保留：%1。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../kam_desktop/ui/import_wizard.py" line="+164"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping</source>
        <translation>列映射</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>校验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import a file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../kam_desktop/ui/labels.py" line="+18"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospect</source>
        <translation>潜在</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decision maker</source>
        <translation>决策者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Economic buyer</source>
        <translation>经济决策者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical evaluator</source>
        <translation>技术评估者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Influencer</source>
        <translation>影响者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gatekeeper</source>
        <translation>把关者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Champion</source>
        <translation>内部支持者</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Supporter</source>
        <translation>支持者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opponent</source>
        <translation>反对者</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not classified</source>
        <translation>未分级</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Code</source>
        <translation>客户编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employees</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual revenue</source>
        <translation>年营业收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../kam_desktop/ui/app.py" line="+112"/>
        <source>Creating the demo portfolio…</source>
        <translation>正在生成演示客户组合…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating %1…</source>
        <translation>正在创建 %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kam_desktop/ui/main_window.py" line="+229"/>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>大客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>数据导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>客户分级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account plans</source>
        <translation>客户计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 already exists. Choose another name, or open it with File ▸ Open database.</source>
        <translation>%1 已存在。请换一个文件名，或通过“文件 ▸ 打开数据库”打开它。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>1 account</source>
        <translation>1 个客户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 accounts</source>
        <translation>%1 个客户</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Coming in a later version</source>
        <translation>将在后续版本中推出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find account</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload accounts</source>
        <translation>重新加载客户(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About KAM Desktop</source>
        <translation>关于 KAM Desktop(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../kam_desktop/ui/import_mapping_page.py" line="+169"/>
        <source>Match the columns of the file to the fields</source>
        <translation>将文件中的列对应到字段</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Fields marked * are required; one of each pair is enough: %1.</source>
        <translation>标 * 的字段为必填；以下每组中填一项即可：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields marked * are required.</source>
        <translation>标 * 的字段为必填。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(empty in the first rows)</source>
        <translation>（前几行为空）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is now imported as %2, no longer as %3.</source>
        <translation>%1 现导入为“%2”，不再作为“%3”。</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+109"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Saved the mapping as “%1”.</source>
        <translation>已将映射保存为“%1”。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Changed from the saved mapping “%1”.</source>
        <translation>已在映射“%1”的基础上修改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Using the saved mapping “%1” (saved for files with these headers).</source>
        <translation>正在使用已保存的映射“%1”（为具有相同表头的文件保存）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applied the saved mapping “%1”; not in this file: %2.</source>
        <translation>已应用映射“%1”；此文件中没有以下列：%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied the saved mapping “%1”.</source>
        <translation>已应用映射“%1”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved &amp;mapping:</source>
        <translation>已保存的映射(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save mapping as…</source>
        <translation>将映射另存为(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the column of the file that holds each field. The proposal comes from the headers; the sample values beside each choice show what will be imported.</source>
        <translation>为每个字段选择文件中对应的列。默认选择依据表头自动识别；右侧的示例值显示将导入的内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../kam_desktop/ui/messages.py" line="+29"/>
        <source>This database was written by a newer version of KAM Desktop.</source>
        <translation>此数据库由更新版本的 KAM Desktop 创建。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file is damaged.</source>
        <translation>数据库文件已损坏。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is not a KAM Desktop database.</source>
        <translation>此文件不是 KAM Desktop 数据库。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is in use by another program.</source>
        <translation>数据库正被其他程序占用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database cannot be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record was not found.</source>
        <translation>未找到该记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The input is not valid.</source>
        <translation>输入无效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The action could not be completed.</source>
        <translation>操作未能完成。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KAM Desktop</source>
        <translation>KAM Desktop</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../../kam_desktop/ui/operations.py" line="+162"/>
        <source>Cancelling… (finishing the current step)</source>
        <translation>正在取消…（等待当前步骤完成）</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../kam_desktop/ui/placeholder_pages.py" line="+25"/>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your portfolio at a glance.</source>
        <translation>客户组合一览。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portfolio totals: accounts per tier, sales and gross profit for the period, growth against the previous period</source>
        <translation>组合总览：各级别客户数、本期销售额与毛利、与上期相比的增长</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revenue concentration: top-10 share and Herfindahl index, so dependence on a few customers is visible</source>
        <translation>收入集中度：前 10 大客户占比和赫芬达尔指数，一眼看出对少数客户的依赖程度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Early warnings: overdue receivables, falling satisfaction, strategic accounts not visited on their cadence</source>
        <translation>预警：逾期应收账款、满意度下降、战略客户未按计划频次拜访</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charts of the sales trend and of the tier distribution</source>
        <translation>销售趋势图和客户级别分布图</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record and plan every contact with your accounts.</source>
        <translation>记录并规划与客户的每一次沟通。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log on-site visits, phone and video calls, e-mails, WeChat and events with purpose, summary, outcome and next steps</source>
        <translation>记录上门拜访、电话、视频会议、邮件、微信和活动，包括目的、纪要、结果和下一步计划</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up dates and a visit cadence per tier (for example monthly for strategic accounts), with reminders when overdue</source>
        <translation>跟进日期和按级别设定的拜访频次（例如战略客户每月一次），逾期自动提醒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which contacts of the buying center took part</source>
        <translation>记录采购决策链中哪些联系人参与了拜访</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer satisfaction surveys, per account and per contact.</source>
        <translation>客户满意度调查，按客户、按联系人记录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NPS (0–10) and CSAT (1–5), overall and per dimension: product quality, delivery, service response, price, communication</source>
        <translation>NPS（0–10）和 CSAT（1–5），包括总体评分和分维度评分：产品质量、交付、服务响应、价格、沟通</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comments and follow-up actions</source>
        <translation>客户意见和跟进措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction trends, with falling scores flagged as an early warning</source>
        <translation>满意度趋势，分数下降时给出预警</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Classification</source>
        <translation>客户分级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort accounts into tiers so that attention follows value.</source>
        <translation>对客户进行分级，让精力和资源向高价值客户倾斜。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Single-indicator (ABC / Pareto, thresholds) and multi-indicator weighted classification</source>
        <translation>单指标分类（ABC / 帕累托分析、阈值）和多指标加权分类</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Editable tiers: S Strategic, A Key, B Growth, C Maintain</source>
        <translation>可自定义级别：S 战略客户、A 重点客户、B 潜力客户、C 一般客户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indicators from transactions, finance, customer characteristics and demand fit</source>
        <translation>指标涵盖交易类、财务类、客户特征类和需求匹配类</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For every account, the indicators, values and weights behind its tier, and what changed since the last run</source>
        <translation>每个客户的分级依据：使用了哪些指标、数值和权重，以及与上次分级相比的变化</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Manual overrides with a reason</source>
        <translation>可手动调整级别并注明原因</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account plans</source>
        <translation>客户计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly account plans to take into customer reviews.</source>
        <translation>年度客户计划，用于客户业务回顾。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile, tier and its rationale, sales history and satisfaction trend</source>
        <translation>客户概况、级别及依据、历史销售和满意度趋势</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buying-center map with the relationship status of each contact</source>
        <translation>采购决策链图谱，显示与每位联系人的关系状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Objectives, SWOT, strategy, white space and an action plan with owners and due dates</source>
        <translation>目标、SWOT 分析、策略、空白机会，以及明确负责人和截止日期的行动计划</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A printable PDF in Chinese or English</source>
        <translation>可打印的中文或英文 PDF</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Coming in a later version</source>
        <translation>将在后续版本中推出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This page is not available yet. What you see here describes what it will hold.</source>
        <translation>此页面尚未开放。以上内容介绍了它将提供的功能。</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../kam_desktop/ui/import_result_pages.py" line="-287"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cancelling… (finishing the current step)</source>
        <translation>正在取消…（等待当前步骤完成）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Writing… %1 of %2 rows</source>
        <translation>正在写入… 第 %1 行，共 %2 行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mapping columns…</source>
        <translation>正在对应列…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking every row…</source>
        <translation>正在逐行校验…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing with your data…</source>
        <translation>正在与现有数据比对…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backing up and writing…</source>
        <translation>正在备份并写入…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancelled; nothing was imported.</source>
        <translation>已取消，未导入任何数据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to check the file again, or close the wizard.</source>
        <translation>可以返回重新校验文件，或关闭向导。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The import could not be completed; nothing was imported.</source>
        <translation>导入未能完成，未导入任何数据。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../kam_desktop/ui/settings_page.py" line="+129"/>
        <source>System default (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of the application:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change applies at once. With &quot;System default&quot; the language follows your operating system.</source>
        <translation>更改立即生效。选择“跟随系统”时，界面语言与操作系统保持一致。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings file:</source>
        <translation>设置文件：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup is taken automatically once a day when the data has changed, and before every upgrade of the database. Old backups are rotated: the last 7 days, 4 weeks and 12 months are kept.</source>
        <translation>数据有变动时每天自动备份一次，每次升级数据库前也会备份。旧备份按规则轮换：保留最近 7 天、4 周和 12 个月的备份。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More settings — classification policies, import mappings, visit cadence — will appear here with the features they configure.</source>
        <translation>更多设置（分级规则、导入列映射、拜访频次等）将随相应功能一起在此提供。</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../kam_desktop/ui/import_source_pages.py" line="+61"/>
        <source>Check the sheet and the table found in it</source>
        <translation>确认工作表及识别出的表格</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+134"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>The table has no rows of data.</source>
        <translation>表格中没有数据行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Choose another sheet, or go back and choose another file.</source>
        <translation>请选择其他工作表，或返回选择其他文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back and choose another file.</source>
        <translation>请返回选择其他文件。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (hidden)</source>
        <translation>%1（隐藏）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Header found in row %1</source>
        <translation>表头位于第 %1 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 row of data</source>
        <translation>1 行数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows of data</source>
        <translation>%1 行数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 totals row skipped</source>
        <translation>已跳过 1 个合计行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 totals rows skipped</source>
        <translation>已跳过 %1 个合计行</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first rows of the table, as the file has them (Excel row numbers on the left, column letters and headers on top):</source>
        <translation>表格的前几行，与文件中一致（左侧为 Excel 行号，上方为列字母和表头）：</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../kam_desktop/ui/import_result_pages.py" line="+62"/>
        <source>Summary</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Undoing the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The import could not be undone.</source>
        <translation>无法撤销此次导入。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open the error workbook</source>
        <translation>打开错误工作簿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show its folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo this import…</source>
        <translation>撤销此次导入…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every import is listed on the Import page, where it can also be undone later.</source>
        <translation>所有导入都列在“数据导入”页面，之后也可以在那里撤销。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported %1 (sheet “%2”).</source>
        <translation>已导入 %1（工作表“%2”）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backed up first; took %1 s.</source>
        <translation>导入前已备份数据库；用时 %1 秒。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import batch: %1</source>
        <translation>导入批次：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 invalid row was not imported.</source>
        <translation>1 行无效数据未导入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 invalid rows were not imported.</source>
        <translation>%1 行无效数据未导入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They are in &lt;a href=&quot;#&quot;&gt;%1&lt;/a&gt;, with the problem of each row: fix them there and import that file.</source>
        <translation>这些行已写入 &lt;a href=&quot;#&quot;&gt;%1&lt;/a&gt;，并注明了每行的问题：请在其中修正后导入该文件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The import of %1 was undone.</source>
        <translation>已撤销 %1 的导入。</translation>
    </message>
</context>
</TS>
