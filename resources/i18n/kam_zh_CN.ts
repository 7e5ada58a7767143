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
        <location filename="../../kam_desktop/ui/main_window.py" line="+181"/>
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
        <location line="+31"/>
        <source>%1 already exists. Choose another name, or open it with File ▸ Open database.</source>
        <translation>%1 已存在。请换一个文件名，或通过“文件 ▸ 打开数据库”打开它。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>Import</source>
        <translation>数据导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in the figures from your ERP.</source>
        <translation>导入 ERP 中的业务数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import sales, receivables, customers and contacts from ERP Excel exports (Kingdee, Yonyou, SAP…) with column mapping, validation, preview and undo</source>
        <translation>从 ERP（金蝶、用友、SAP 等）导出的 Excel 文件导入销售、应收账款、客户和联系人，支持列映射、校验、预览和撤销</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column mappings remembered per ERP export</source>
        <translation>按 ERP 导出格式记住列映射</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems reported by sheet, row and column before anything is written</source>
        <translation>写入数据前按工作表、行、列报告问题</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup before every import</source>
        <translation>每次导入前自动备份</translation>
    </message>
    <message>
        <location line="+5"/>
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
</TS>
