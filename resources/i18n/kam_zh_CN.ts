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
        <location filename="../../kam_desktop/ui/account_detail.py" line="+169"/>
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
        <location line="+23"/>
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
        <location filename="../../kam_desktop/ui/accounts_page.py" line="+230"/>
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
        <location line="+59"/>
        <source>Setting the tier…</source>
        <translation>正在设置级别…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clearing the override…</source>
        <translation>正在取消人工调整…</translation>
    </message>
    <message>
        <location line="+67"/>
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
    <name>ClassificationCharts</name>
    <message>
        <location filename="../../kam_desktop/ui/classification_charts.py" line="+130"/>
        <source>Accounts per tier</source>
        <translation>各级别客户数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accounts per tier — no classification yet</source>
        <translation>各级别客户数 — 尚未分级</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tier in force</source>
        <translation>当前级别</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Accounts</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Pareto curve — no sales in the window</source>
        <translation>帕累托曲线 — 分析期内无销售</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pareto curve of %1</source>
        <translation>%1帕累托曲线</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cumulative share of %1</source>
        <translation>%1累计占比</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accounts ranked by %1, largest first</source>
        <translation>按%1从高到低排名的客户数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Points per indicator</source>
        <translation>各指标得分</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Points of the score (0–100)</source>
        <translation>综合得分中的分值（0–100）</translation>
    </message>
</context>
<context>
    <name>ClassificationDialogs</name>
    <message>
        <location filename="../../kam_desktop/ui/classification_dialogs.py" line="+20"/>
        <source>Tier policies (*.toml);;All files (*)</source>
        <translation>分级方案 (*.toml);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a tier policy</source>
        <translation>导入分级方案</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export the tier policy</source>
        <translation>导出分级方案</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+12"/>
        <source>Clear override</source>
        <translation>取消人工调整</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Clear the override of %1?</source>
        <translation>取消 %1 的人工调整？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account goes from tier %1 (override) back to its computed tier %2.</source>
        <translation>该客户将从人工调整的 %1 级恢复为计算得出的 %2 级。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account has no computed tier yet, so it will be unclassified until the next run.</source>
        <translation>该客户尚无计算得出的级别，在下次分级之前将处于未分级状态。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your changes to %1?</source>
        <translation>放弃对“%1”的修改？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They have not been saved as a new version. Applying a changed policy also saves it.</source>
        <translation>这些修改尚未保存为新版本。应用修改过的方案时也会自动保存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
</context>
<context>
    <name>ClassificationLabels</name>
    <message>
        <location filename="../../kam_desktop/ui/classification_labels.py" line="+34"/>
        <source>Weighted score (multi-indicator)</source>
        <translation>加权评分（多指标）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ABC / Pareto (single indicator)</source>
        <translation>ABC / 帕累托（单指标）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed thresholds (single indicator)</source>
        <translation>固定阈值（单指标）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Weighted</source>
        <translation>加权评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ABC</source>
        <translation>ABC 分类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Score cut-offs</source>
        <translation>分数线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotas (share of accounts)</source>
        <translation>配额（客户占比）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Percentile</source>
        <translation>百分位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min–max</source>
        <translation>最小-最大</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Worst (0)</source>
        <translation>按最差（0 分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral (50)</source>
        <translation>按中性（50 分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out</source>
        <translation>不计入</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An account without a value scores 0 on this indicator.</source>
        <translation>无数值的客户在该指标上得 0 分。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An account without a value scores 50 on this indicator.</source>
        <translation>无数值的客户在该指标上得 50 分。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An account without a value is scored on the other indicators only.</source>
        <translation>无数值的客户只按其余指标评分。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cumulative share up to</source>
        <translation>累计占比上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum value</source>
        <translation>最低值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of accounts</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum score</source>
        <translation>最低分</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pareto on sales in the window: A up to 80 % of sales, B to 95 %, C the rest.</source>
        <translation>按分析期内销售额做帕累托分析：累计占销售额 80% 以内为 A 级，95% 以内为 B 级，其余为 C 级。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pareto on gross profit in the window: A up to 80 %, B to 95 %, C the rest.</source>
        <translation>按分析期内毛利做帕累托分析：累计占比 80% 以内为 A 级，95% 以内为 B 级，其余为 C 级。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transaction 35, financial 15, customer characteristics 15, demand fit 20, relationship 15.</source>
        <translation>交易类 35、财务类 15、客户特征类 15、需求匹配类 20、关系类 15。</translation>
    </message>
</context>
<context>
    <name>ClassificationModels</name>
    <message>
        <location filename="../../kam_desktop/ui/classification_models.py" line="+118"/>
        <source>%1 accounts from %2 to %3</source>
        <translation>%1 个客户从 %2 变为 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 →</source>
        <translation>%1 →</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tier after</source>
        <translation>调整后级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier before</source>
        <translation>调整前级别</translation>
    </message>
    <message>
        <location line="+67"/>
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
        <source>From</source>
        <translation>原级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>新级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 (v%2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run at</source>
        <translation>分级时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy</source>
        <translation>分级方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>分析期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>执行人</translation>
    </message>
</context>
<context>
    <name>ClassificationPage</name>
    <message>
        <location filename="../../kam_desktop/ui/classification_page.py" line="+292"/>
        <source>The policy has changed since this preview.</source>
        <translation>预览之后方案已被修改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview again to see the effect of your changes.</source>
        <translation>请重新预览，查看修改后的效果。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The window starts on %1, after its end %2.</source>
        <translation>分析期开始日期 %1 晚于结束日期 %2。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This policy cannot be used yet. Fix the following, then preview or apply it:</source>
        <translation>该方案暂不可用。请先修正以下问题，再预览或应用：</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Classifying the accounts…</source>
        <translation>正在对客户分级…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previewing the classification…</source>
        <translation>正在预览分级结果…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preview: %1 of %2 accounts would change tier.</source>
        <translation>预览：%2 个客户中有 %1 个级别将发生变化。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tiers with this policy: %1. Nothing has been saved; Apply saves the run.</source>
        <translation>按此方案的级别分布：%1。尚未保存任何内容；点击“应用”将保存本次分级。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Tiers in force: %1.</source>
        <translation>当前级别分布：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 accounts changed tier against the previous run.</source>
        <translation>与上次分级相比，%1 个客户的级别发生了变化。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Classification saved: %1 accounts classified with %2 (version %3).</source>
        <translation>分级已保存：按“%2”（第 %3 版）对 %1 个客户完成分级。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancelled; nothing was saved.</source>
        <translation>已取消，未保存任何内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview cancelled.</source>
        <translation>已取消预览。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving the policy…</source>
        <translation>正在保存方案…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing the policy…</source>
        <translation>正在导入方案…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved %1 as version %2.</source>
        <translation>已将“%1”保存为第 %2 版。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exported %1 to %2.</source>
        <translation>已将“%1”导出到 %2。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Classification</source>
        <translation>客户分级</translation>
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
    <name>IndicatorLabels</name>
    <message>
        <location filename="../../kam_desktop/ui/indicator_labels.py" line="+32"/>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average order value</source>
        <translation>平均订单额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth</source>
        <translation>增长率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since last order</source>
        <translation>距上次下单天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding receivables</source>
        <translation>应收余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue amount</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection days</source>
        <translation>回款天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company size</source>
        <translation>企业规模</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company profit</source>
        <translation>企业利润</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>行业</translation>
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
        <source>Satisfaction (CSAT)</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net Promoter Score</source>
        <translation>净推荐值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship strength</source>
        <translation>关系强度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buying-center coverage</source>
        <translation>采购角色覆盖</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sum of sales line amounts in the window (returns count as negative).</source>
        <translation>分析期内销售明细金额合计（退货按负数计）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sum of line profits in the window.</source>
        <translation>分析期内各行毛利合计。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross profit ÷ sales.</source>
        <translation>毛利 ÷ 销售额。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of distinct orders in the window.</source>
        <translation>分析期内不同订单的数量。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales ÷ orders.</source>
        <translation>销售额 ÷ 订单数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales against the same number of days before the window.</source>
        <translation>与分析期之前同样天数的销售额相比。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days from the last order to the end of the window.</source>
        <translation>从最近一次下单到分析期结束的天数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open invoice amounts at the end of the window.</source>
        <translation>分析期结束时未结清的发票金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part of the outstanding amount past its due date.</source>
        <translation>应收余额中已过到期日的部分。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount-weighted days from invoice to payment, for invoices paid in the window.</source>
        <translation>分析期内已回款发票从开票到回款的天数，按金额加权平均。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Employees, from the account record.</source>
        <translation>员工人数，取自客户资料。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s own profit, from the account record.</source>
        <translation>客户自身的利润，取自客户资料。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scored through the policy&apos;s industry table (0–100).</source>
        <translation>按方案中的行业评分表计分（0–100）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Rating 1–5 by the account manager.</source>
        <translation>由大客户经理评定（1–5 分）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean overall satisfaction (1–5) of surveys in the window.</source>
        <translation>分析期内满意度调查的总体满意度平均分（1–5）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promoters minus detractors, in % of survey responses in the window.</source>
        <translation>分析期内调查答复中推荐者占比减去贬损者占比（%）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean relationship strength (1–5) of active contacts.</source>
        <translation>在职联系人关系强度的平均分（1–5）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buying-center roles held by active contacts with strength 3 or more.</source>
        <translation>关系强度 3 分及以上的在职联系人所覆盖的采购角色数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Transaction</source>
        <translation>交易类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financial</source>
        <translation>财务类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer characteristics</source>
        <translation>客户特征类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand fit</source>
        <translation>需求匹配类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>关系类</translation>
    </message>
</context>
<context>
    <name>IndicatorRulesTable</name>
    <message>
        <location filename="../../kam_desktop/ui/classification_rules.py" line="+279"/>
        <source>Industry scores (%1)…</source>
        <translation>行业评分表（%1）…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normalisation</source>
        <translation>归一化</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missing values</source>
        <translation>缺失值处理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The indicator&apos;s share of the total weight</source>
        <translation>该指标权重占总权重的比例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What an account without a value gets</source>
        <translation>无数值的客户如何计分</translation>
    </message>
</context>
<context>
    <name>IndustryScoresDialog</name>
    <message>
        <location filename="../../kam_desktop/ui/classification_industry_dialog.py" line="+37"/>
        <source>Industry scores</source>
        <translation>行业评分表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each industry scores from 0 to 100 on this indicator. Accounts in an industry not listed here count as having no value.</source>
        <translation>每个行业在该指标上的得分为 0–100。所属行业未列出的客户视为无数值。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score (0–100)</source>
        <translation>得分（0–100）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add industry</source>
        <translation>添加行业(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Listed more than once: %1</source>
        <translation>以下行业重复列出：%1</translation>
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
        <location filename="../../kam_desktop/ui/main_window.py" line="+235"/>
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
        <location line="+34"/>
        <source>%1 already exists. Choose another name, or open it with File ▸ Open database.</source>
        <translation>%1 已存在。请换一个文件名，或通过“文件 ▸ 打开数据库”打开它。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location line="+51"/>
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
    <name>MigrationView</name>
    <message>
        <location filename="../../kam_desktop/ui/classification_migration.py" line="+123"/>
        <source>1 account changes tier</source>
        <translation>1 个客户级别变化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 accounts change tier</source>
        <translation>%1 个客户级别变化</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Migration matrix</source>
        <translation>迁移矩阵</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows: the tier before. Columns: the tier after. The shaded diagonal stayed in their tier; green moved up, red moved down.</source>
        <translation>行为调整前级别，列为调整后级别。灰色对角线为级别未变的客户；绿色为升级，红色为降级。</translation>
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
    <name>OverrideDialog</name>
    <message>
        <location filename="../../kam_desktop/ui/tier_override_dialog.py" line="+32"/>
        <source>Override tier</source>
        <translation>人工调整级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the tier of %1 %2 by hand.</source>
        <translation>人工设定 %1 %2 的级别。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The policy computes tier %1. The override wins until you clear it; the computed tier stays visible beside it.</source>
        <translation>按分级方案计算的级别为 %1。人工调整在取消之前一直有效，计算级别仍会同时显示。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This account has not been classified yet. The override wins until you clear it.</source>
        <translation>该客户尚未分级。人工调整在取消之前一直有效。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Why is this account in this tier? For example: framework contract signed for next year, strategic reference customer.</source>
        <translation>为什么将该客户调整到此级别？例如：已签订明年的框架合同、战略标杆客户。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tier:</source>
        <translation>级别(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason (required):</source>
        <translation>原因(&amp;R)（必填）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Override</source>
        <translation>确认调整</translation>
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
    <name>PolicyBar</name>
    <message>
        <location filename="../../kam_desktop/ui/classification_policy_bar.py" line="+133"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (built-in)</source>
        <translation>%1（内置）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version %1 · %2</source>
        <translation>第 %1 版 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(newest)</source>
        <translation>（最新）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Policy:</source>
        <translation>分级方案(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as new version</source>
        <translation>保存为新版本(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs keep pointing at the version that made them.</source>
        <translation>历次分级始终关联生成它们的方案版本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read a policy from a TOML file</source>
        <translation>从 TOML 文件读取分级方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the policy as shown to a TOML file</source>
        <translation>将当前显示的方案写入 TOML 文件</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <location filename="../../kam_desktop/ui/classification_editor.py" line="+255"/>
        <source>Total weight: %1 · %2 indicators</source>
        <translation>权重合计：%1 · %2 个指标</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An account gets the first tier from the top whose minimum score it reaches; the last tier takes the rest.</source>
        <translation>客户从最高级别开始依次比较，归入第一个达到最低分的级别；其余客户归入最后一级。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts are ranked by score; the first tier takes the given share of them, the next tier the next share, and the last tier the rest.</source>
        <translation>客户按得分排名；第一级按设定比例取排名最前的客户，下一级依次取下一段，其余客户归入最后一级。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accounts are ranked by the indicator, largest first. An account gets the first tier whose cumulative share is above the share of the accounts ranked before it; accounts with no value or a value of 0 or less get the last tier.</source>
        <translation>客户按该指标从高到低排名。若排在某客户之前的客户累计占比低于某级别的累计占比上限，该客户即归入第一个这样的级别；无数值或数值不大于 0 的客户归入最后一级。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An account gets the first tier from the top whose minimum value it reaches; the last tier takes the rest.</source>
        <translation>客户从最高级别开始依次比较，归入第一个达到最低值的级别；其余客户归入最后一级。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method:</source>
        <translation>分级方法(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Indicator:</source>
        <translation>指标(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiers &amp;by:</source>
        <translation>分级依据(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators and weights</source>
        <translation>指标与权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiers, from the top</source>
        <translation>级别（从高到低）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add tier</source>
        <translation>添加级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove tier</source>
        <translation>删除级别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A single-indicator policy sorts the accounts by one measure. Simple and easy to check by hand, but blind to everything else; a weighted score combines several.</source>
        <translation>单指标方案只按一个指标给客户排序，简单、便于手工核对，但忽略其他因素；加权评分则综合多个指标。</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../kam_desktop/ui/classification_results.py" line="+121"/>
        <source>Analysis &amp;window:</source>
        <translation>分析期(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The policy&apos;s window, else the 12 months up to the latest sales line</source>
        <translation>方案设定的分析期；未设定时为截至最新销售记录的 12 个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;review</source>
        <translation>预览(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply and save run</source>
        <translation>应用并保存(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview shows what would change without saving anything. Apply classifies every account and saves the run; overrides stay in force.</source>
        <translation>预览只显示将发生的变化，不保存任何内容。应用会对所有客户分级并保存本次结果；人工调整继续有效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier changes</source>
        <translation>级别变动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run history</source>
        <translation>分级历史</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview the policy to see which accounts would move between tiers.</source>
        <translation>预览方案，查看哪些客户的级别将发生变化。</translation>
    </message>
</context>
<context>
    <name>RunHistoryView</name>
    <message>
        <location filename="../../kam_desktop/ui/classification_history.py" line="+101"/>
        <source>The run of %1 is the first one: every account was newly classified.</source>
        <translation>%1 的分级是第一次分级：所有客户均为首次分级。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The run of %1 (%2) against the run before it, of %3 (%4).</source>
        <translation>%1（%2）的分级与上一次 %3（%4）的分级对比。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No classification has been applied yet.</source>
        <translation>尚未应用过任何分级。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare with previous</source>
        <translation>与上次对比(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a run and compare it with the one before it to see which accounts moved.</source>
        <translation>选择一次分级并与上一次对比，查看哪些客户的级别发生了变化。</translation>
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
<context>
    <name>TierExplanationBox</name>
    <message>
        <location filename="../../kam_desktop/ui/tier_explanation.py" line="+279"/>
        <source>Not classified yet: apply a policy on the Classification page.</source>
        <translation>尚未分级：请在“客户分级”页面应用分级方案。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not classified</source>
        <translation>未分级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier %1 in force (override); no policy has classified this account yet.</source>
        <translation>当前级别 %1（人工调整）；尚无分级方案为该客户分级。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier %1 in force (override); the policy computes %2.</source>
        <translation>当前级别 %1（人工调整）；按方案计算为 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier %1 in force (override, same as computed).</source>
        <translation>当前级别 %1（人工调整，与计算结果相同）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier %1, as computed by the policy.</source>
        <translation>级别 %1，由分级方案计算得出。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overridden by %1 on %2: %3</source>
        <translation>由 %1 于 %2 人工调整，原因：%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, version %2 (%3)</source>
        <translation>%1，第 %2 版（%3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · window %2 – %3</source>
        <translation>%1 · 分析期 %2 – %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rank %1 of %2</source>
        <translation>%2 个客户中排名第 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of 100</source>
        <translation>%1 分（满分 100）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+118"/>
        <source>Score:</source>
        <translation>得分：</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Rank:</source>
        <translation>排名：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%2 个客户中第 %1 名</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tier %1 since %2 (first classification)</source>
        <translation>自 %2 起为 %1 级（首次分级）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier %1 since %2; before that %3</source>
        <translation>自 %2 起为 %1 级；此前为 %3 级</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+30"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+30"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Norm (0–100)</source>
        <translation>归一化值（0–100）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>left out</source>
        <translation>不计入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No value: this indicator does not count for this account</source>
        <translation>无数值：该指标不计入该客户的得分</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How the score is made</source>
        <translation>得分构成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points = weight × norm ÷ %1 (the weights counted). The points add up to the score.</source>
        <translation>得分 = 权重 × 归一化值 ÷ %1（计入的权重合计）。各项得分之和即为综合得分。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Share before it</source>
        <translation>排名在前客户的累计占比</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How the tier is decided</source>
        <translation>级别如何确定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accounts ranked by %1, largest first. The share before it is the part of the total held by the accounts ranked above this one; the tier is the first whose cut-off is above it: %2.</source>
        <translation>客户按%1从高到低排名。排名在前客户的累计占比是排在该客户之前的客户所占总额的比例；客户归入第一个上限高于该比例的级别：%2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The tier is the first from the top whose minimum the value reaches.</source>
        <translation>从最高级别开始依次比较，客户归入第一个数值达到最低值的级别。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 below %2</source>
        <translation>%1 级低于 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>%1 the rest</source>
        <translation>%1 级为其余客户</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tier and why</source>
        <translation>客户级别及依据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Override tier…</source>
        <translation>人工调整级别(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear override</source>
        <translation>取消人工调整(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy:</source>
        <translation>分级方案：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run:</source>
        <translation>分级时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since:</source>
        <translation>级别变动：</translation>
    </message>
</context>
<context>
    <name>TierLevelsTable</name>
    <message>
        <location filename="../../kam_desktop/ui/classification_tiers.py" line="+215"/>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the rest</source>
        <translation>其余客户</translation>
    </message>
</context>
</TS>
