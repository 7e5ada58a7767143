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
        <location filename="../../kam_desktop/ui/account_detail.py" line="+117"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Tier: %1</source>
        <translation>级别：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Select an account to see its profile, figures, contacts, visits and sales.</source>
        <translation>选择一个客户，查看其概况、关键数据、联系人、拜访和销售。</translation>
    </message>
</context>
<context>
    <name>AccountFilterBar</name>
    <message>
        <location filename="../../kam_desktop/ui/account_filters.py" line="+169"/>
        <source>All tiers</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All account managers</source>
        <translation>全部客户经理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attention: computing…</source>
        <translation>关注：计算中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attention: any</source>
        <translation>关注：不限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention (%1)</source>
        <translation>需关注（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs none (%1)</source>
        <translation>无需关注（%1）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The attention rules are being checked for every account; the filter is ready in a moment.</source>
        <translation>正在按关注规则逐一检查客户，筛选稍后即可使用。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Sho&amp;w deleted</source>
        <translation>显示已删除(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also list deleted accounts, to restore them</source>
        <translation>同时列出已删除的客户，以便恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by tier</source>
        <translation>按级别筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by industry</source>
        <translation>按行业筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by region</source>
        <translation>按区域筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by account manager</source>
        <translation>按客户经理筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by attention rule</source>
        <translation>按关注规则筛选</translation>
    </message>
</context>
<context>
    <name>AccountFormDialog</name>
    <message>
        <location filename="../../kam_desktop/ui/account_form.py" line="+69"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your changes to this account?</source>
        <translation>放弃对该客户的修改？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed in the form has not been saved.</source>
        <translation>表单中输入的内容尚未保存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too long: %1 characters, at most %2.</source>
        <translation>过长：%1 个字符，最多 %2 个。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Must be on one line.</source>
        <translation>只能填写一行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contains a control character.</source>
        <translation>包含控制字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Must be a whole number.</source>
        <translation>必须是整数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Must be a number, like 1,200 or 1200.50.</source>
        <translation>必须是数字，如 1,200 或 1200.50。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Must be from %1 to %2.</source>
        <translation>必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Must be %1 or more.</source>
        <translation>不能小于 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Must be %1 or less.</source>
        <translation>不能大于 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not one of the allowed values.</source>
        <translation>不是允许的取值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a web address (like www.example.com).</source>
        <translation>不是有效的网址（如 www.example.com）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used by the deleted account %1: restore that account, or choose another code.</source>
        <translation>已被已删除的客户 %1 使用：请恢复该客户，或换一个编码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already used by %1.</source>
        <translation>已被 %1 使用。</translation>
    </message>
    <message>
        <location line="+275"/>
        <location line="+1"/>
        <source>New account</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit account</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1 %2</source>
        <translation>编辑 %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market and address</source>
        <translation>市场与地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The company</source>
        <translation>企业信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings (1–5, 5 best)</source>
        <translation>评分（1–5，5 为最好）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code:</source>
        <translation>客户编码(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>客户名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account &amp;manager:</source>
        <translation>客户经理(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;gment:</source>
        <translation>细分市场(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cit&amp;y:</source>
        <translation>城市(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Employees:</source>
        <translation>员工人数(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual re&amp;venue:</source>
        <translation>年营业收入(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company &amp;profit:</source>
        <translation>企业利润(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value positioning &amp;fit:</source>
        <translation>价值定位匹配度(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pr&amp;ocurement standards fit:</source>
        <translation>采购规范匹配度(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth potentia&amp;l:</source>
        <translation>成长潜力(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry in&amp;fluence:</source>
        <translation>行业影响力(&amp;F)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer code in your ERP. Unique; leading zeros are kept.</source>
        <translation>ERP 中的客户编码。必须唯一；保留前导零。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How well our value proposition fits what this customer values (1 poor – 5 excellent).</source>
        <translation>我方价值主张与该客户所看重价值的契合程度（1 很差 – 5 极好）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How well we meet the customer&apos;s procurement standards (1 poor – 5 excellent).</source>
        <translation>我方满足该客户采购规范的程度（1 很差 – 5 极好）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much more this customer could buy from us (1 little – 5 a lot).</source>
        <translation>该客户还能向我们增加多少采购（1 很少 – 5 很多）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much this customer&apos;s choices sway others in its industry (1 little – 5 a lot).</source>
        <translation>该客户的选择对同行业其他企业的影响程度（1 很小 – 5 很大）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer&apos;s own yearly profit; may be negative.</source>
        <translation>客户自身的年度利润，可以为负数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Required, e.g. C001024</source>
        <translation>必填，如 C001024</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required: the company&apos;s full name</source>
        <translation>必填：企业全称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>www.example.com</source>
        <translation>www.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1,200</source>
        <translation>如 1,200</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 25,000,000</source>
        <translation>如 25,000,000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1,500,000</source>
        <translation>如 1,500,000</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anything the team should know: contract dates, history, sensitivities</source>
        <translation>团队需要了解的信息：合同日期、合作历史、敏感事项等</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>AccountOverviewTab</name>
    <message>
        <location filename="../../kam_desktop/ui/account_overview_tab.py" line="+309"/>
        <location line="+225"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>This account no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No notes.</source>
        <translation>暂无备注。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>single-threaded: only %1</source>
        <translation>单线联系：仅 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no strong relationship yet</source>
        <translation>尚无强关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 strong relationships</source>
        <translation>%1 个强关系</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Needs attention (%1)</source>
        <translation>需关注（%1）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Last visit %1 days ago (%2); the cadence is a visit every %3 days.</source>
        <translation>最近一次拜访在 %1 天前（%2）；拜访周期为每 %3 天一次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never visited in the %1 days since the account was created; the cadence is a visit every %2 days.</source>
        <translation>客户创建 %1 天以来从未拜访；拜访周期为每 %2 天一次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next visit planned for %1.</source>
        <translation>下次拜访计划于 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No visit is planned.</source>
        <translation>暂无拜访计划。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an anonymous respondent</source>
        <translation>一位匿名答复人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 fell from %2 to %3 (%4, %5).</source>
        <translation>%1 从 %2 降至 %3（%4，%5）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decision maker %1 is a detractor (NPS %2 on %3).</source>
        <translation>决策者 %1 为贬损者（%3 的 NPS 为 %2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of receivables overdue since %2 (threshold %3).</source>
        <translation>应收账款 %1 自 %2 起逾期（阈值 %3）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only %1 has a strong relationship with us (strength 3 or more).</source>
        <translation>仅 %1 与我方建立了强关系（关系强度 3 及以上）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody has a strong relationship with us (strength 3 or more).</source>
        <translation>无人与我方建立强关系（关系强度 3 及以上）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales down %1% (%2 from %3 to %4, against %5 in as many days before; threshold %6%).</source>
        <translation>销售额下降 %1%（%3 至 %4 为 %2，之前同样天数为 %5；阈值 %6%）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No contact for %1 days (last on %2; threshold %3 days).</source>
        <translation>%1 天未联系（最近一次为 %2；阈值 %3 天）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contact recorded in the %1 days since the account was created (threshold %2 days).</source>
        <translation>客户创建 %1 天以来无联系记录（阈值 %2 天）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>against %1 the year before</source>
        <translation>上年同期为 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no sales the year before</source>
        <translation>上年同期无销售</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>due %1 (every %2 days)</source>
        <translation>应于 %1 前（每 %2 天一次）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none planned</source>
        <translation>暂无计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 roles</source>
        <translation>已覆盖 %1/%2 个角色</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No sales recorded in the database yet.</source>
        <translation>数据库中尚无销售记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sales, profit and growth: the 12 months from %1 to %2 (the newest sales line), against the 12 months before.</source>
        <translation>销售额、利润和增长率：%1 至 %2（最新销售记录）的 12 个月，与之前 12 个月对比。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sales, 12 months</source>
        <translation>近 12 个月销售额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profit, 12 months</source>
        <translation>近 12 个月利润</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth</source>
        <translation>增长率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receivables open</source>
        <translation>应收余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receivables overdue</source>
        <translation>逾期应收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last visit</source>
        <translation>最近拜访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next visit</source>
        <translation>下次拜访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest NPS</source>
        <translation>最新 NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest CSAT</source>
        <translation>最新 CSAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buying center covered</source>
        <translation>采购决策链覆盖</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+4"/>
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
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>AccountSales</name>
    <message>
        <location filename="../../kam_desktop/ui/account_sales_tab.py" line="+73"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product code</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
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
        <location line="+172"/>
        <source>Profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Millions</source>
        <translation>百万</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thousands</source>
        <translation>千</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No sales in the last 24 months</source>
        <translation>近 24 个月无销售</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
</context>
<context>
    <name>AccountSalesTab</name>
    <message>
        <location line="+133"/>
        <source>No sales lines recorded for this account.</source>
        <translation>该客户尚无销售明细。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sales lines from %2 to %3, %4 in all</source>
        <translation>%2 至 %3 共 %1 条销售明细，合计 %4</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../kam_desktop/ui/accounts_page.py" line="+197"/>
        <source>Delete account</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 %2?</source>
        <translation>删除 %1 %2？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account, its contacts, visits and surveys disappear from every list and figure. You can undo this (Ctrl+Z), or restore the account later with “Show deleted”.</source>
        <translation>该客户及其联系人、拜访和满意度调查将从所有列表和统计中消失。可以撤销（Ctrl+Z），也可以之后通过“显示已删除”恢复该客户。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export the accounts list</source>
        <translation>导出客户列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+404"/>
        <source>Loading accounts…</source>
        <translation>正在加载客户…</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+5"/>
        <source>%1 deleted</source>
        <translation>%1 已删除</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Contacts</source>
        <translation>联系人</translation>
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
        <source>Plan</source>
        <translation>客户计划</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1 is deleted: restore it to edit it.</source>
        <translation>%1 已删除：请先恢复再编辑。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>New account %1</source>
        <translation>新建客户 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created %1.</source>
        <translation>已创建 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit account %1</source>
        <translation>编辑客户 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete account %1</source>
        <translation>删除客户 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted %1. Undo with Ctrl+Z, or restore it from “Show deleted”.</source>
        <translation>已删除 %1。可按 Ctrl+Z 撤销，或在“显示已删除”中恢复。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore account %1</source>
        <translation>恢复客户 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored %1.</source>
        <translation>已恢复 %1。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Exported %1 accounts to %2.</source>
        <translation>已将 %1 个客户导出到 %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting %1 accounts…</source>
        <translation>正在导出 %1 个客户…</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <source>Search code, name or contact (Ctrl+F)</source>
        <translation>搜索编码、名称或联系人（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every word must appear in the account&apos;s code, its name or a contact&apos;s name.</source>
        <translation>每个词都须出现在客户编码、客户名称或联系人姓名中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New account…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New account (Ctrl+Shift+A)</source>
        <translation>新建客户（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected account (F2 or Enter)</source>
        <translation>编辑所选客户（F2 或 Enter）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected account (Delete); undoable</source>
        <translation>删除所选客户（Delete），可撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the deleted account back</source>
        <translation>恢复已删除的客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the list as shown to Excel (Ctrl+E)</source>
        <translation>将当前显示的列表导出为 Excel（Ctrl+E）</translation>
    </message>
</context>
<context>
    <name>AccountsTableModel</name>
    <message>
        <location filename="../../kam_desktop/ui/accounts_model.py" line="+91"/>
        <source>Attention</source>
        <translation>关注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales 12 m</source>
        <translation>近12月销售额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profit 12 m</source>
        <translation>近12月利润</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth</source>
        <translation>增长率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding</source>
        <translation>未收余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last visit</source>
        <translation>最近拜访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next visit</source>
        <translation>下次拜访</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Visit overdue</source>
        <translation>拜访逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Falling satisfaction</source>
        <translation>满意度下降</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detractor decision maker</source>
        <translation>决策者为贬损者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue receivables</source>
        <translation>应收逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single-threaded</source>
        <translation>单线联系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales down</source>
        <translation>销售下滑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recent contact</source>
        <translation>近期未联系</translation>
    </message>
    <message>
        <location line="+483"/>
        <source>Deleted; restore it to work with it again.</source>
        <translation>已删除；恢复后才能继续使用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+42"/>
        <source>Computing attention…</source>
        <translation>正在计算关注项…</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The last 12 months of sales, against the 12 months before.</source>
        <translation>近 12 个月销售额，与之前 12 个月对比。</translation>
    </message>
</context>
<context>
    <name>ActionRowsModel</name>
    <message>
        <location filename="../../kam_desktop/ui/plan_editor_actions.py" line="+93"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>ActionsSection</name>
    <message>
        <location line="+49"/>
        <source>All actions</source>
        <translation>全部行动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open and in progress</source>
        <translation>未开始和进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find in what / owner</source>
        <translation>搜索事项 / 负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by due date</source>
        <translation>按截止日期排序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order the actions by due date (undated last); the order is saved with the plan</source>
        <translation>按截止日期排列行动（无日期的排在最后）；排序随计划一起保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No actions yet: + Add what is to be done, by whom and by when.</source>
        <translation>暂无行动：点击“+ 添加”，填写要做什么、由谁负责、何时完成。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 actions, %2 open</source>
        <translation>共 %1 项行动，%2 项未完成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 shown of %2</source>
        <translation>%2 项中显示 %1 项</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../kam_desktop/ui/dashboard_page.py" line="+246"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Follow-up — %1, %2</source>
        <translation>跟进 — %1，%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 day late</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days late</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location line="+69"/>
        <source>Everything (%1)</source>
        <translation>全部（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue (%1)</source>
        <translation>已逾期（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today (%1)</source>
        <translation>今天（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest of this week (%1)</source>
        <translation>本周其余（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later (%1)</source>
        <translation>以后（%1）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned visits and follow-ups of the next two weeks and of the last 90 days not yet done. Double-click to open the account.</source>
        <translation>未来两周的计划拜访和跟进，以及过去 90 天内尚未完成的拜访和跟进。双击可打开客户。</translation>
    </message>
</context>
<context>
    <name>AttentionLabels</name>
    <message>
        <location filename="../../kam_desktop/ui/attention_view.py" line="+83"/>
        <source>Visit overdue</source>
        <translation>拜访逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Falling satisfaction</source>
        <translation>满意度下降</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detractor decision maker</source>
        <translation>决策者为贬损者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue receivables</source>
        <translation>应收逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single-threaded</source>
        <translation>单线联系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales down</source>
        <translation>销售下滑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recent contact</source>
        <translation>近期未联系</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The last visit is longer ago than the visit cadence of the account&apos;s tier.</source>
        <translation>距最近一次拜访的时间已超过该客户级别的拜访周期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A respondent&apos;s latest NPS or CSAT is lower than their previous answer by the set amount or more.</source>
        <translation>某答复人最新的 NPS 或 CSAT 比其上一次答复低，且降幅达到设定值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A decision maker&apos;s latest NPS is 0–6 (a detractor).</source>
        <translation>某位决策者最新的 NPS 为 0–6（贬损者）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receivables past their due date add up to more than the set amount.</source>
        <translation>已过到期日的应收账款合计超过设定金额。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most one contact of the account has a relationship strength of %1 or more with us.</source>
        <translation>该客户中与我方关系强度达到 %1 及以上的联系人不超过一位。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sales of the recent window are lower than in as many days before by more than the set percentage.</source>
        <translation>最近一段时间的销售额比之前同样天数的销售额下降超过设定百分比。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No touch point of any kind (visit, call, e-mail, WeChat…) for the set number of days.</source>
        <translation>在设定天数内没有任何接触（拜访、电话、邮件、微信…）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On-site visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video call</source>
        <translation>视频通话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Code</source>
        <translation>客户编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules</source>
        <translation>规则数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention for</source>
        <translation>关注原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12-month sales</source>
        <translation>近 12 个月销售额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why, in words</source>
        <translation>原因说明</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>How many attention rules fire</source>
        <translation>触发的关注规则数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales of the last 12 months of sales data</source>
        <translation>销售数据中最近 12 个月的销售额</translation>
    </message>
</context>
<context>
    <name>AttentionReasons</name>
    <message>
        <location line="-352"/>
        <source>Last visit %1 days ago (%2); tier %3 calls for a visit every %4 days.</source>
        <translation>最近一次拜访在 %1 天前（%2）；%3 级客户要求每 %4 天拜访一次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last visit %1 days ago (%2); unclassified accounts call for a visit every %3 days.</source>
        <translation>最近一次拜访在 %1 天前（%2）；未分级客户要求每 %3 天拜访一次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never visited in the %1 days since the account was created; tier %2 calls for a visit every %3 days.</source>
        <translation>客户创建 %1 天以来从未拜访；%2 级客户要求每 %3 天拜访一次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never visited in the %1 days since the account was created; unclassified accounts call for a visit every %2 days.</source>
        <translation>客户创建 %1 天以来从未拜访；未分级客户要求每 %2 天拜访一次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next visit planned for %1.</source>
        <translation>下次拜访计划于 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No visit is planned.</source>
        <translation>暂无拜访计划。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an anonymous respondent</source>
        <translation>一位匿名答复人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 fell from %2 to %3 (%4, %5).</source>
        <translation>%1 从 %2 降至 %3（%4，%5）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision maker %1 is a detractor (NPS %2 on %3).</source>
        <translation>决策者 %1 为贬损者（%3 的 NPS 为 %2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of receivables overdue since %2 (threshold %3).</source>
        <translation>应收账款 %1 自 %2 起逾期（阈值 %3）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Single-threaded: only %1 has a strong relationship with us (strength %2 or more) in this tier %3 account.</source>
        <translation>单线联系：在这个 %3 级客户中，仅 %1 与我方建立了强关系（关系强度 %2 及以上）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody has a strong relationship with us (strength %1 or more) in this tier %2 account.</source>
        <translation>在这个 %2 级客户中，无人与我方建立强关系（关系强度 %1 及以上）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sales down %1% (%2 from %3 to %4, against %5 in as many days before; threshold %6%).</source>
        <translation>销售额下降 %1%（%3 至 %4 为 %2，之前同样天数为 %5；阈值 %6%）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No contact for %1 days (last on %2; threshold %3 days).</source>
        <translation>%1 天未联系（最近一次为 %2；阈值 %3 天）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contact recorded in the %1 days since the account was created (threshold %2 days).</source>
        <translation>客户创建 %1 天以来无联系记录（阈值 %2 天）。</translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <location line="+496"/>
        <source>Any rule (%1)</source>
        <translation>任一规则（%1）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All tiers</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tier %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No account needs attention</source>
        <translation>没有需关注的客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 accounts</source>
        <translation>%1 个客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 accounts</source>
        <translation>%2 个客户中显示 %1 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — updating…</source>
        <translation>%1 — 正在更新…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select an account to read why it needs attention; double-click or press Enter to open it.</source>
        <translation>选择客户可查看需关注的原因；双击或按 Enter 打开客户。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Rule:</source>
        <translation>规则(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ier:</source>
        <translation>级别(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by code, name or owner</source>
        <translation>按编码、名称或客户经理筛选</translation>
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
        <location line="+19"/>
        <source>ABC by sales</source>
        <translation>按销售额 ABC 分类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ABC by profit</source>
        <translation>按毛利 ABC 分类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balanced scorecard</source>
        <translation>平衡计分卡</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+19"/>
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
    <name>CompleteVisitDialog</name>
    <message>
        <location filename="../../kam_desktop/ui/visit_dialog.py" line="+639"/>
        <source>A visit cannot be done in the future.</source>
        <translation>拜访完成日期不能晚于今天。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The follow-up (%1) cannot be before the visit (%2).</source>
        <translation>跟进日期（%1）不能早于拜访日期（%2）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark visit to %1 done</source>
        <translation>将对 %1 的拜访标记为已完成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark visit done</source>
        <translation>标记拜访已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned for %1: %2</source>
        <translation>计划于 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Took place:</source>
        <translation>实际时间(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary:</source>
        <translation>摘要(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next steps:</source>
        <translation>后续步骤(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow-up:</source>
        <translation>跟进(&amp;F)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../kam_desktop/ui/contact_dialog.py" line="+104"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your changes to this contact?</source>
        <translation>放弃对该联系人的修改？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>No role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nobody (top of the chart)</source>
        <translation>无（位于组织图顶端）</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contact at %1</source>
        <translation>为 %1 新建联系人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buying center</source>
        <translation>采购决策链</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>职务(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reports to:</source>
        <translation>直属上级(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mobile:</source>
        <translation>手机(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;WeChat:</source>
        <translation>微信(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ole:</source>
        <translation>采购角色(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attitude:</source>
        <translation>态度(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Influence:</source>
        <translation>影响力(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship &amp;strength:</source>
        <translation>关系强度(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active (still works with us)</source>
        <translation>在职（仍与我方对接）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A relationship strength of %1 or more counts as strong: it covers the contact&apos;s buying-center role.</source>
        <translation>关系强度达到 %1 及以上即为强关系，可覆盖该联系人的采购角色。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+86 21 6123 4567</source>
        <translation>+86 21 6123 4567</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What matters to this person, how to reach them…</source>
        <translation>此人关注什么、如何联系…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ContactLabels</name>
    <message>
        <location line="-348"/>
        <source>1 – very little say</source>
        <translation>1 – 几乎无话语权</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 – some say</source>
        <translation>2 – 有一定话语权</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 – is heard</source>
        <translation>3 – 意见受重视</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 – strong say</source>
        <translation>4 – 话语权很大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 – decides</source>
        <translation>5 – 拍板决定</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>1 – barely knows us</source>
        <translation>1 – 几乎不了解我们</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 – acquainted</source>
        <translation>2 – 认识</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 – good (strong)</source>
        <translation>3 – 良好（强关系）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 – trusts us (strong)</source>
        <translation>4 – 信任我们（强关系）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 – close ally (strong)</source>
        <translation>5 – 亲密盟友（强关系）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../kam_desktop/ui/contacts_tab.py" line="+83"/>
        <source>Delete contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1?</source>
        <translation>删除 %1？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contact leaves the table, the map and the coverage. Undo (Ctrl+Z) or “Show deleted” and Restore bring them back.</source>
        <translation>该联系人将从列表、关系图和覆盖统计中移除。可撤销（Ctrl+Z），或通过“显示已删除”和“恢复”找回。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People who report to them (%1) are shown under the next manager up meanwhile.</source>
        <translation>其下属（%1）将暂时显示在更上一级的上级之下。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>3 or more counts as a strong relationship</source>
        <translation>3 及以上为强关系</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Deleted on %1</source>
        <translation>删除于 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No longer active</source>
        <translation>已不再任职</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength</source>
        <translation>关系强度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports to</source>
        <translation>直属上级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+346"/>
        <source>Add contact %1</source>
        <translation>添加联系人 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit contact %1</source>
        <translation>编辑联系人 %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Delete contact %1</source>
        <translation>删除联系人 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore contact %1</source>
        <translation>恢复联系人 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 relationship map</source>
        <translation>%1 关系图</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add contact…</source>
        <translation>添加联系人(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a contact (Ctrl+Shift+C or Insert)</source>
        <translation>添加联系人（Ctrl+Shift+C 或 Insert）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected contact (F2 or Enter)</source>
        <translation>编辑所选联系人（F2 或 Enter）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected contact (Delete); undo with Ctrl+Z</source>
        <translation>删除所选联系人（Delete），可按 Ctrl+Z 撤销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the selected deleted contact back</source>
        <translation>恢复所选的已删除联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show deleted</source>
        <translation>显示已删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the whole relationship map as a picture</source>
        <translation>将完整关系图保存为图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the map to the window (Ctrl+0); zoom with the mouse wheel, drag to move</source>
        <translation>使关系图适应窗口（Ctrl+0）；滚动鼠标滚轮缩放，拖动可移动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relationship map · click a contact to edit</source>
        <translation>关系图 · 点击联系人可编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contacts yet. Add the people you deal with at this account (Ctrl+Shift+C) to see who reports to whom.</source>
        <translation>暂无联系人。添加您在该客户对接的人员（Ctrl+Shift+C），即可查看汇报关系。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select an account to see its contacts.</source>
        <translation>选择一个客户以查看其联系人。</translation>
    </message>
</context>
<context>
    <name>CoverageWidget</name>
    <message>
        <location filename="../../kam_desktop/ui/coverage_widget.py" line="+163"/>
        <source>Covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not covered</source>
        <translation>未覆盖</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 strong relationship</source>
        <translation>1 个强关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 strong relationships</source>
        <translation>%1 个强关系</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 roles covered</source>
        <translation>已覆盖 %1/%2 个角色</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Single-threaded: only %1 has a strong relationship with us. Build a second one before they move on.</source>
        <translation>单线联系：仅 %1 与我方建立了强关系。请在其离任前再发展一位。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No strong relationship: nobody at this account has a relationship strength of %1 or more with us.</source>
        <translation>无强关系：该客户中没有人与我方的关系强度达到 %1 及以上。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>weak: %1</source>
        <translation>弱关系：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Buying-center coverage</source>
        <translation>采购角色覆盖</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Green: the role is covered by an active contact with relationship strength %1 or more. Red: not covered.</source>
        <translation>绿色：该角色已由关系强度 %1 及以上的在职联系人覆盖。红色：未覆盖。</translation>
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
    <name>DashboardCharts</name>
    <message>
        <location filename="../../kam_desktop/ui/dashboard_charts.py" line="+73"/>
        <source>billions</source>
        <translation>十亿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>millions</source>
        <translation>百万</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>thousands</source>
        <translation>千</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>%1: %2 accounts (%3% of the portfolio)
Click to list those needing attention</source>
        <translation>%1：%2 个客户（占客户组合的 %3%）
点击列出其中需关注的客户</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accounts by tier</source>
        <translation>各级别客户数</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Accounts</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: sales %2 (%3% of the portfolio), profit %4 (margin %5%)</source>
        <translation>%1：销售额 %2（占客户组合的 %3%），利润 %4（毛利率 %5%）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>12-month sales and profit by tier (%1)</source>
        <translation>各级别近 12 个月销售额与利润（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>12-month sales and profit by tier</source>
        <translation>各级别近 12 个月销售额与利润</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Pareto curve — no sales in the last 12 months</source>
        <translation>帕累托曲线 — 近 12 个月无销售</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pareto curve of 12-month sales</source>
        <translation>近 12 个月销售额帕累托曲线</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accounts, largest first</source>
        <translation>客户（从大到小）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>80%: %1 accounts</source>
        <translation>80%：%1 个客户</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Top %1: %2%</source>
        <translation>前 %1 名：%2%</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>#%1 %2 %3
%4% of sales, %5% with the larger ones
Click to open the account</source>
        <translation>#%1 %2 %3
占销售额 %4%，连同排名更前的客户累计 %5%
点击打开该客户</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Largest accounts</source>
        <translation>最大客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top %1 accounts, share of 12-month sales</source>
        <translation>前 %1 名客户占近 12 个月销售额的比例</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Share of sales</source>
        <translation>销售额占比</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>#%1 %2 %3
Sales %4 (%5%)
Click to open the account</source>
        <translation>#%1 %2 %3
销售额 %4（%5%）
点击打开该客户</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../kam_desktop/ui/dashboard_page.py" line="-279"/>
        <source>Low concentration: sales are spread as if over %1 customers of equal size.</source>
        <translation>集中度低：销售额分布相当于 %1 个同等规模的客户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moderate concentration: sales behave as if they came from %1 customers of equal size.</source>
        <translation>集中度中等：销售额相当于来自 %1 个同等规模的客户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>High concentration: sales depend on a few customers, as if there were only %1 of equal size.</source>
        <translation>集中度高：销售额依赖少数客户，相当于只有 %1 个同等规模的客户。</translation>
    </message>
    <message>
        <location line="+647"/>
        <source>Computing the dashboard…</source>
        <translation>正在计算仪表盘…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No database open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>As of %1. Sales and profit of the 12 months %2 – %3 (up to the newest sales line), over the %4 live accounts that are not inactive.</source>
        <translation>截至 %1。销售额和利润为 %2 – %3 的 12 个月（截至最新销售记录），统计范围为 %4 个未停用的有效客户。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>As of %1. No sales recorded yet; %2 live accounts that are not inactive.</source>
        <translation>截至 %1。尚无销售记录；共 %2 个未停用的有效客户。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not classified yet</source>
        <translation>尚未分级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live accounts that are not inactive, by tier in force</source>
        <translation>未停用的有效客户，按当前级别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 12 months of sales</source>
        <translation>近 12 个月销售</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Margin %1%</source>
        <translation>毛利率 %1%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No cost data</source>
        <translation>无成本数据</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1% of the accounts</source>
        <translation>占客户的 %1%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 today</source>
        <translation>今天 %1 项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 overdue · %2 more this week</source>
        <translation>%1 项逾期 · 本周另有 %2 项</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1% of the accounts with sales (%2 of %3) bring 80% of the 12-month sales; the largest %4 bring %5%.</source>
        <translation>%1% 的有销售客户（%3 个中的 %2 个）贡献了近 12 个月 80% 的销售额；最大的 %4 个客户贡献了 %5%。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No sales in the last 12 months: nothing to measure.</source>
        <translation>近 12 个月无销售，无从计算。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute the dashboard again</source>
        <translation>重新计算仪表盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12-month sales</source>
        <translation>近 12 个月销售额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12-month profit</source>
        <translation>近 12 个月利润</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>日程</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accounts needing attention</source>
        <translation>需关注的客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coming agenda</source>
        <translation>近期日程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiers</source>
        <translation>级别分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a tier&apos;s bar to list its accounts that need attention.</source>
        <translation>点击某一级别的柱形，列出该级别中需关注的客户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue concentration</source>
        <translation>收入集中度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top %1 share of sales</source>
        <translation>前 %1 名销售额占比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Herfindahl index (0–10,000)</source>
        <translation>赫芬达尔指数（0–10,000）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Herfindahl index adds up the squares of every account&apos;s share of sales: 10,000 if one customer buys everything, near 0 when many buy a little each. Click a point of the curve or a bar to open that account.</source>
        <translation>赫芬达尔指数是各客户销售额占比的平方和：全部销售来自一个客户时为 10,000，由众多客户各买少量时接近 0。点击曲线上的点或柱形可打开对应客户。</translation>
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
    <name>HeaderSection</name>
    <message>
        <location filename="../../kam_desktop/ui/plan_editor_sections.py" line="+255"/>
        <source>&amp;Period</source>
        <translation>期间(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tatus</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;view cadence</source>
        <translation>评估周期(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2026, 2026-H1 or 2026-Q3</source>
        <translation>2026、2026-H1 或 2026-Q3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account manager responsible</source>
        <translation>负责的客户经理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Quarterly</source>
        <translation>如：每季度</translation>
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
        <location filename="../../kam_desktop/ui/app.py" line="+113"/>
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
        <location filename="../../kam_desktop/ui/main_window.py" line="+287"/>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location line="+37"/>
        <source>%1 already exists. Choose another name, or open it with File ▸ Open database.</source>
        <translation>%1 已存在。请换一个文件名，或通过“文件 ▸ 打开数据库”打开它。</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+47"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>&amp;Log a visit…</source>
        <translation>记录拜访(&amp;L)…</translation>
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
    <name>NeedsSection</name>
    <message>
        <location filename="../../kam_desktop/ui/plan_editor_sections.py" line="+94"/>
        <source>What the customer needs, what hurts today, and what decides their purchases.</source>
        <translation>客户的需求、当前痛点，以及影响其采购决策的因素。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One need or pain point per line</source>
        <translation>每行一个需求或痛点</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../../kam_desktop/ui/settings_page.py" line="+147"/>
        <source>Enter %1 from %2 to %3.</source>
        <translation>请输入 %2 到 %3 之间的%1。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 Kept %2.</source>
        <translation>%1已保留 %2。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A negative number is not allowed here. %1</source>
        <translation>此处不允许输入负数。%1</translation>
    </message>
</context>
<context>
    <name>ObjectivesSection</name>
    <message>
        <location filename="../../kam_desktop/ui/plan_editor_sections.py" line="+132"/>
        <source>Fill current values</source>
        <translation>填入当前值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current revenue, profit and margin from the last 12 months of sales, for the objectives measured in them</source>
        <translation>对以收入、利润和毛利率衡量的目标，填入近 12 个月销售的当前值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No objectives yet. Add revenue, profit or share-of-wallet targets with + Add, or Fill current values to start from the last 12 months.</source>
        <translation>暂无目标。点击“+ 添加”设定收入、利润或钱包份额目标，或点击“填入当前值”以近 12 个月的数据为起点。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There are no sales lines yet, so there are no current values to fill.</source>
        <translation>尚无销售明细，没有可填入的当前值。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last 12 months (%1 – %2): revenue %3, profit %4, margin %5. Filled %6 objectives (revenue and profit in their unit, e.g. 万元; margin for % objectives named margin).</source>
        <translation>近 12 个月（%1 – %2）：收入 %3，利润 %4，毛利率 %5。已填入 %6 个目标（收入和利润按目标的单位换算，如万元；毛利率填入单位为 % 且名称含“毛利率”的目标）。</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../../kam_desktop/ui/operations.py" line="+171"/>
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
    <name>PaperCombo</name>
    <message>
        <location filename="../../kam_desktop/ui/plan_export_dialog.py" line="+141"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>210 × 297 mm</source>
        <translation>210 × 297 mm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>8.5 × 11 in</source>
        <translation>8.5 × 11 in</translation>
    </message>
</context>
<context>
    <name>PlanDialogs</name>
    <message>
        <location filename="../../kam_desktop/ui/plan_editor_dialogs.py" line="+33"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan for %1 has unsaved changes.</source>
        <translation>%1 的计划有未保存的修改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save them before you go on?</source>
        <translation>是否先保存再继续？</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New account plan</source>
        <translation>新建客户计划</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A year like 2026, a half year like 2026-H1, or a quarter like 2026-Q3. One plan per period.</source>
        <translation>年度如 2026，半年如 2026-H1，季度如 2026-Q3。每个期间一份计划。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Period</source>
        <translation>期间(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create plan</source>
        <translation>创建计划</translation>
    </message>
</context>
<context>
    <name>PlanExportDialog</name>
    <message>
        <location filename="../../kam_desktop/ui/plan_export_dialog.py" line="+166"/>
        <source>Save PDF as</source>
        <translation>PDF 另存为</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the folder for the PDFs</source>
        <translation>选择 PDF 保存文件夹</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PDF saved</source>
        <translation>PDF 已保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account plan was saved as %1.</source>
        <translation>客户计划已保存为 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open PDF</source>
        <translation>打开 PDF(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in &amp;folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <location filename="../../kam_desktop/ui/plan_editor_labels.py" line="+17"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of wallet</source>
        <translation>钱包份额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weaknesses</source>
        <translation>劣势</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities</source>
        <translation>机会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threats</source>
        <translation>威胁</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-yearly</source>
        <translation>每半年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current</source>
        <translation>当前值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitigation</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio sales</source>
        <translation>客户组合销售额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyers</source>
        <translation>购买客户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last bought here</source>
        <translation>本客户最近购买</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period and owner</source>
        <translation>期间与负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs and pain points</source>
        <translation>需求与痛点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SWOT</source>
        <translation>SWOT 分析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategy and value proposition</source>
        <translation>策略与价值主张</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White space</source>
        <translation>空白机会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks and mitigations</source>
        <translation>风险与应对措施</translation>
    </message>
</context>
<context>
    <name>PlanPdfDialog</name>
    <message>
        <location filename="../../kam_desktop/ui/plan_export_dialog.py" line="-100"/>
        <source>Choose where to save the PDF.</source>
        <translation>请选择 PDF 的保存位置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder; add a file name.</source>
        <translation>%1 是文件夹，请补充文件名。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This file exists and will be replaced.</source>
        <translation>文件已存在，将被替换。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save account plan as PDF</source>
        <translation>将客户计划另存为 PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account plan for %1.</source>
        <translation>%1 的客户计划。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no plan for %1 yet: the PDF shows the account&apos;s profile, figures and contacts, and says so in each plan section.</source>
        <translation>%1 尚无计划：PDF 将包含客户概况、关键数据和联系人，并在各计划章节中注明尚无计划。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message>
        <location filename="../../kam_desktop/ui/plan_print.py" line="+455"/>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Print preview — %1 %2 (%3)</source>
        <translation>打印预览 — %1 %2（%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the plan (Ctrl+P)</source>
        <translation>打印计划（Ctrl+P）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page &amp;setup…</source>
        <translation>页面设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit &amp;width</source>
        <translation>适合宽度(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole p&amp;age</source>
        <translation>整页(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
</context>
<context>
    <name>PlanPrint</name>
    <message>
        <location line="-361"/>
        <source>Print account plan</source>
        <translation>打印客户计划</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The printer could not be started. Check that it is connected and not paused, then try again.</source>
        <translation>无法启动打印机。请检查打印机是否已连接且未暂停，然后重试。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending the plan to the printer…</source>
        <translation>正在将计划发送到打印机…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The plan&apos;s PDF could not be read for printing (%1).</source>
        <translation>无法读取计划的 PDF 进行打印（%1）。</translation>
    </message>
    <message>
        <location line="+294"/>
        <source>Creating the PDF of %1…</source>
        <translation>正在生成 %1 的 PDF…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preparing the print preview…</source>
        <translation>正在准备打印预览…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Preparing the plan for printing…</source>
        <translation>正在准备打印计划…</translation>
    </message>
</context>
<context>
    <name>PlanRowsModel</name>
    <message>
        <location filename="../../kam_desktop/ui/plan_editor_models.py" line="+201"/>
        <source>Not a number: %1</source>
        <translation>不是数字：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a date (use 2026-03-31): %1</source>
        <translation>不是日期（格式如 2026-03-31）：%1</translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <location filename="../../kam_desktop/ui/plan_editor_sections.py" line="-398"/>
        <source>… and %1 more (hover over the red cells)</source>
        <translation>… 另有 %1 项（鼠标悬停在红色单元格上可查看）</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../kam_desktop/ui/plan_tab.py" line="+420"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore the plan for %1 (deleted %2)</source>
        <translation>恢复 %1 的计划（删除于 %2）</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Copying the plan to the next period…</source>
        <translation>正在将计划复制到下一期间…</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The plan for %1 was deleted.</source>
        <translation>%1 的计划已删除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan for %1 was copied to %2. Current values of revenue and profit objectives are from the last 12 months of sales; review the targets and the actions&apos; dates.</source>
        <translation>%1 的计划已复制到 %2。收入和利润目标的当前值取自近 12 个月的销售；请检查目标值和各项行动的日期。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No account selected</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an account to see and edit its plan.</source>
        <translation>选择一个客户以查看和编辑其计划。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account has no plan yet</source>
        <translation>该客户尚无计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A plan holds the objectives, needs, SWOT, strategy, white space, actions and risks for one period (usually a year), and prints for the customer review.</source>
        <translation>计划包含一个期间（通常为一年）的目标、需求、SWOT、策略、空白机会、行动和风险，可打印用于客户评审。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>● Unsaved changes</source>
        <translation>● 有未保存的修改</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved at %1</source>
        <translation>已于 %1 保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No unsaved changes</source>
        <translation>无未保存的修改</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 problem: %1</source>
        <translation>1 个问题：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%2 problems; the first: %1</source>
        <translation>%2 个问题；第一个：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>P&amp;lan for</source>
        <translation>计划期间(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a plan for another period</source>
        <translation>为其他期间新建计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A draft for the following period with every section of this plan, and current values from the last 12 months</source>
        <translation>以本计划的全部内容为下一期间创建草稿，当前值取自近 12 个月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this plan (it can be restored)</source>
        <translation>删除此计划（可恢复）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a deleted plan</source>
        <translation>恢复已删除的计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the saved plan as a PDF (Ctrl+Shift+E)</source>
        <translation>将已保存的计划导出为 PDF（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview and print the saved plan (Ctrl+P)</source>
        <translation>预览并打印已保存的计划（Ctrl+P）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a plan…</source>
        <translation>创建计划…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the unsaved changes</source>
        <translation>放弃未保存的修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the plan (Ctrl+S)</source>
        <translation>保存计划（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the first problem</source>
        <translation>转到第一个问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy ›</source>
        <translation>复制 ›</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New plan…</source>
        <translation>新建计划…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to next period</source>
        <translation>复制到下一期间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted plans</source>
        <translation>已删除的计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <location filename="../../kam_desktop/ui/plans_model.py" line="+260"/>
        <source>Plan owner: %1</source>
        <translation>计划负责人：%1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No plan</source>
        <translation>无计划</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last updated</source>
        <translation>最后更新</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../kam_desktop/ui/plans_page.py" line="+499"/>
        <location line="+349"/>
        <source>All tiers</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location line="-330"/>
        <source>“%1” is not a period: use a year like 2026, a half year like 2026-H1 or a quarter like 2026-Q3.</source>
        <translation>“%1”不是有效的期间：请使用年度（如 2026）、半年（如 2026-H1）或季度（如 2026-Q3）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of %2 accounts shown · %3 with a plan for %4</source>
        <translation>%2 个客户中显示 %1 个 · 其中 %3 个有 %4 计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%2 accounts · %3 with a plan for %4</source>
        <translation>%2 个客户 · 其中 %3 个有 %4 计划</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No account selected</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Selected accounts (%1)</source>
        <translation>所选客户（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All accounts (%1)</source>
        <translation>全部客户（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 accounts in this tier</source>
        <translation>该级别共 %1 个客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only accounts with a plan for %1</source>
        <translation>仅限有 %1 计划的客户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No accounts chosen.</source>
        <translation>未选择任何客户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 account will be exported.</source>
        <translation>将导出 1 个客户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 accounts will be exported.</source>
        <translation>将导出 %1 个客户。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not classified</source>
        <translation>未分级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tier %1</source>
        <translation>%1级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 accounts</source>
        <translation>%1个客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all accounts</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account plans %1 - %2</source>
        <translation>客户计划 %1 - %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the folder for the PDFs.</source>
        <translation>请选择 PDF 保存文件夹。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 是文件，不是文件夹。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writes %1, with a bookmark per account.</source>
        <translation>将写入 %1，每个客户一个书签。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The existing file is replaced.</source>
        <translation>现有文件将被替换。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One file per account, named by code and name; files of the same name are replaced.</source>
        <translation>每个客户一个文件，以客户编码和名称命名；同名文件将被替换。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder will be created.</source>
        <translation>将创建该文件夹。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Plan %1 of %2</source>
        <translation>第 %1 份计划，共 %2 份</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exporting %1 account plans…</source>
        <translation>正在导出 %1 份客户计划…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export cancelled: no files were written.</source>
        <translation>导出已取消：未写入任何文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export cancelled after %1 of %2 plans; the %1 finished PDFs are in %3.</source>
        <translation>已完成 %2 份中的 %1 份后取消导出；已完成的 %1 份 PDF 位于 %3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 plans written to %2</source>
        <translation>已将 %1 份计划写入 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 plan written to %1</source>
        <translation>已将 1 份计划写入 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 PDF written to %1</source>
        <translation>已将 1 个 PDF 写入 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 PDFs written to %2</source>
        <translation>已将 %1 个 PDF 写入 %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Account plans</source>
        <translation>客户计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every account&apos;s plan for a period. Preview, print or save one account&apos;s plan as a PDF, or export the plans of a selection, a tier or all accounts at once.</source>
        <translation>各客户在某一期间的计划。可预览、打印单个客户的计划或将其另存为 PDF，也可一次性导出所选客户、某一级别或全部客户的计划。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search code, name or owner…</source>
        <translation>搜索编码、名称或负责人…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tier:</source>
        <translation>级别(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;lan:</source>
        <translation>计划(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All accounts</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With a plan</source>
        <translation>有计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a plan</source>
        <translation>无计划</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview and print the selected account&apos;s plan (Ctrl+P)</source>
        <translation>预览并打印所选客户的计划（Ctrl+P）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open account</source>
        <translation>打开客户(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open account</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export plans</source>
        <translation>导出计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export plans as PDF</source>
        <translation>将计划导出为 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pape&amp;r:</source>
        <translation>纸张(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One PDF per account, into a folder</source>
        <translation>每个客户一个 PDF，保存到文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One merged PDF with bookmarks</source>
        <translation>合并为一个带书签的 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the plans (Ctrl+Shift+E)</source>
        <translation>导出计划（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;PDF</source>
        <translation>打开 PDF(&amp;P)</translation>
    </message>
</context>
<context>
    <name>PolicyBar</name>
    <message>
        <location filename="../../kam_desktop/ui/classification_policy_bar.py" line="+134"/>
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
    <name>QuickVisitDialog</name>
    <message>
        <location filename="../../kam_desktop/ui/visit_dialog.py" line="+264"/>
        <source>Choose the account: type its code or part of its name.</source>
        <translation>请选择客户：输入客户编码或部分名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No account matches “%1”: pick one from the list.</source>
        <translation>没有与“%1”匹配的客户：请从列表中选择。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The follow-up (%1) cannot be before the visit (%2).</source>
        <translation>跟进日期（%1）不能早于拜访日期（%2）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Plan visit to %1</source>
        <translation>计划拜访 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log visit to %1</source>
        <translation>记录对 %1 的拜访</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose:</source>
        <translation>目的(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>S&amp;ummary:</source>
        <translation>摘要(&amp;U)：</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Quick visit</source>
        <translation>快速记录拜访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a visit</source>
        <translation>记录拜访</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Following up on the visit of %1.</source>
        <translation>跟进 %1 的拜访。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter saves; Esc cancels.</source>
        <translation>按 Enter 保存，按 Esc 取消。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Account:</source>
        <translation>客户(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>方式(&amp;K)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next step:</source>
        <translation>下一步(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow-up:</source>
        <translation>跟进(&amp;F)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code or name</source>
        <translation>编码或名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was discussed, in a line</source>
        <translation>一句话概括沟通内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A day after today: this saves a planned visit for the agenda.</source>
        <translation>日期晚于今天：将保存为计划拜访并列入日程。</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location line="-884"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard what you entered in this form?</source>
        <translation>放弃在此表单中输入的内容？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>RelationshipMap</name>
    <message>
        <location filename="../../kam_desktop/ui/relationship_map.py" line="+175"/>
        <source>No role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attitude: %1</source>
        <translation>态度：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Influence: %1</source>
        <translation>影响力：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relationship strength: %1</source>
        <translation>关系强度：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No longer active</source>
        <translation>已不再任职</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to edit</source>
        <translation>点击编辑</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Relationship strength (%1 or more: strong)</source>
        <translation>关系强度（%1 及以上为强关系）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bigger box: more influence</source>
        <translation>方框越大，影响力越大</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive</source>
        <translation>不再任职</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Export the relationship map</source>
        <translation>导出关系图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>Cannot write %1: check that the folder exists and that you may write there.</source>
        <translation>无法写入 %1：请检查文件夹是否存在，以及您是否有写入权限。</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../kam_desktop/ui/visit_dialog.py" line="+609"/>
        <source>The follow-up cannot be before the visit (%1).</source>
        <translation>跟进日期不能早于拜访日期（%1）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move follow-up of %1</source>
        <translation>调整 %1 的跟进日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reschedule visit to %1</source>
        <translation>重新安排对 %1 的拜访</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move follow-up</source>
        <translation>调整跟进日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up now due on %1.</source>
        <translation>跟进日期已改为 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New date:</source>
        <translation>新日期(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reschedule visit</source>
        <translation>重新安排拜访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now planned for %1.</source>
        <translation>现计划于 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New date and time:</source>
        <translation>新日期和时间(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
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
    <name>RisksSection</name>
    <message>
        <location filename="../../kam_desktop/ui/plan_editor_sections.py" line="+534"/>
        <source>No risks noted: + Add a risk and how we reduce it.</source>
        <translation>尚未记录风险：点击“+ 添加”，填写风险及我们的应对措施。</translation>
    </message>
</context>
<context>
    <name>RunHistoryView</name>
    <message>
        <location filename="../../kam_desktop/ui/classification_history.py" line="+102"/>
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
    <name>SatisfactionChart</name>
    <message>
        <location filename="../../kam_desktop/ui/satisfaction_chart.py" line="+33"/>
        <source>Product quality</source>
        <translation>产品质量</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Delivery</source>
        <translation>交付</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Service response</source>
        <translation>服务响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Communication</source>
        <translation>沟通</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 Q%2</source>
        <translation>%1年Q%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 H%2</source>
        <translation>%1年H%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>half-year</source>
        <translation>半年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>NPS — no answers yet</source>
        <translation>NPS — 暂无答复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS per %1</source>
        <translation>NPS（按%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>% promoters − % detractors</source>
        <translation>推荐者 % − 贬损者 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CSAT — no answers yet</source>
        <translation>CSAT — 暂无答复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSAT and its dimensions per %1</source>
        <translation>CSAT 及各维度（按%1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
</context>
<context>
    <name>SectionTable</name>
    <message>
        <location filename="../../kam_desktop/ui/plan_editor_widgets.py" line="+262"/>
        <source>+ Add</source>
        <translation>+ 添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row below the current one (Insert)</source>
        <translation>在当前行下方添加一行（Insert）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected rows (Ctrl+Delete)</source>
        <translation>删除所选行（Ctrl+Delete）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up (Alt+Up)</source>
        <translation>上移（Alt+Up）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down (Alt+Down)</source>
        <translation>下移（Alt+Down）</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../kam_desktop/ui/settings_page.py" line="+338"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. The attention list and the Dashboard use the new values.</source>
        <translation>已保存。关注列表和仪表盘将使用新值。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The values were already the defaults.</source>
        <translation>当前值已经是默认值。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>At least one kind of contact must count as a visit.</source>
        <translation>至少须有一种接触方式计为拜访。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>System default (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tier %1: a visit every</source>
        <translation>%1 级：拜访周期</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>a number of days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+12"/>
        <source> day</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="-9"/>
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
        <location line="+6"/>
        <source>Visit cadence</source>
        <translation>拜访周期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often each tier should be visited. An account whose last visit is longer ago is flagged &quot;Visit overdue&quot; on the Dashboard and in the Visits agenda.</source>
        <translation>各级别客户应多久拜访一次。距最近一次拜访超过该周期的客户，将在仪表盘和拜访日程中标记为“拜访逾期”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unclassified accounts: a visit every</source>
        <translation>未分级客户：拜访周期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: accounts without a tier have no cadence (before the first classification every account is unclassified, and flagging them all would bury the list).</source>
        <translation>关闭时：未分级客户没有拜访周期（首次分级前所有客户均未分级，若全部标记会淹没列表）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counts as a visit:</source>
        <translation>计为拜访：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attention rules</source>
        <translation>关注规则</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An account needs attention when any rule that is switched on fires. Changes are saved as you make them.</source>
        <translation>任一已启用的规则被触发时，客户即需关注。修改会即时保存。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NPS falls by</source>
        <translation>NPS 下降</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a number of points</source>
        <translation>分数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source> point</source>
        <translation> 分</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>or CSAT by</source>
        <translation>或 CSAT 下降</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both survey rules read answers of the last</source>
        <translation>两条调查规则均统计最近</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than</source>
        <translation>超过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In tiers:</source>
        <translation>适用级别：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By more than</source>
        <translation>降幅超过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over the last</source>
        <translation>统计最近</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a number of months</source>
        <translation>月数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> month</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For more than</source>
        <translation>超过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits every 30 days for tier S, 60 for A, 90 for B, 180 for C; every rule on with its default threshold.</source>
        <translation>S 级每 30 天拜访一次，A 级 60 天，B 级 90 天，C 级 180 天；所有规则均启用并使用默认阈值。</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>More settings — classification policies, import mappings — are on the pages of the features they configure.</source>
        <translation>其他设置（分级方案、导入映射）位于各自功能的页面中。</translation>
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
    <name>StrategySection</name>
    <message>
        <location filename="../../kam_desktop/ui/plan_editor_sections.py" line="-269"/>
        <source>&amp;Strategy</source>
        <translation>策略(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Value proposition</source>
        <translation>价值主张(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How we will grow this account this period</source>
        <translation>本期间我们将如何拓展该客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this customer should choose us, in their terms</source>
        <translation>从客户的角度说明，客户为何应选择我们</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <location filename="../../kam_desktop/ui/plan_editor_models.py" line="+176"/>
        <source>%1 (in the plan)</source>
        <translation>%1（已在计划中）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>never</source>
        <translation>从未购买</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: bought by %2 accounts of the portfolio in the period, not by this one.</source>
        <translation>%1：期间内客户组合中有 %2 个客户购买过，该客户未购买。</translation>
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
    <name>SurveyAlerts</name>
    <message>
        <location filename="../../kam_desktop/ui/surveys_tab.py" line="+98"/>
        <source>an anonymous respondent</source>
        <translation>一位匿名答复人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision maker %1 is a detractor (NPS %2 on %3).</source>
        <translation>决策者 %1 为贬损者（%3 的 NPS 为 %2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS fell from %1 to %2 (%3, %4).</source>
        <translation>NPS 从 %1 降至 %2（%3，%4）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSAT fell from %1 to %2 (%3, %4).</source>
        <translation>CSAT 从 %1 降至 %2（%3，%4）。</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../kam_desktop/ui/survey_dialog.py" line="+239"/>
        <source>The response date is in the future.</source>
        <translation>答复日期晚于今天。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give at least one score: NPS, CSAT or a dimension.</source>
        <translation>请至少填写一项评分：NPS、CSAT 或某个维度。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add survey response for %1</source>
        <translation>为 %1 添加调查答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit survey response for %1</source>
        <translation>编辑 %1 的调查答复</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add survey response</source>
        <translation>添加调查答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit survey response</source>
        <translation>编辑调查答复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS: how likely to recommend us, 0–10 (9–10 promoter, 0–6 detractor). CSAT and dimensions: satisfaction 1–5. Leave “—” for what was not asked. Ctrl+Enter saves.</source>
        <translation>NPS：向他人推荐我们的可能性，0–10（9–10 为推荐者，0–6 为贬损者）。CSAT 及各维度：满意度 1–5。未询问的项目保留“—”。按 Ctrl+Enter 保存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Respondent:</source>
        <translation>答复人(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;NPS (0–10):</source>
        <translation>NPS(&amp;N)（0–10）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;SAT (1–5):</source>
        <translation>CSAT(&amp;S)（1–5）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;omment:</source>
        <translation>评语(&amp;O)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Satisfaction by dimension (1–5)</source>
        <translation>各维度满意度（1–5）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>Surveys</name>
    <message>
        <location line="-219"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>面谈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Promoter</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passive</source>
        <translation>被动者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detractor</source>
        <translation>贬损者</translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <location filename="../../kam_desktop/ui/surveys_page.py" line="+101"/>
        <location line="+17"/>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+14"/>
        <source>Code</source>
        <translation>客户编码</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Respondent</source>
        <translation>答复人</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+7"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+21"/>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Role</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location line="+189"/>
        <location line="+119"/>
        <location line="+7"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Alerts: %1 on %2 accounts</source>
        <translation>预警：%2 个客户共 %1 条</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alerts: none</source>
        <translation>预警：无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responses of the last %1 days: %2</source>
        <translation>最近 %1 天的答复：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All responses: %2</source>
        <translation>全部答复：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading surveys…</source>
        <translation>正在加载满意度调查…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by account code, name or respondent</source>
        <translation>按客户编码、名称或答复人筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tier:</source>
        <translation>级别(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account &amp;manager:</source>
        <translation>客户经理(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>时间范围(&amp;F)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The last %1 days</source>
        <translation>最近 %1 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detractors (NPS 0–6)</source>
        <translation>贬损者（NPS 0–6）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passives (NPS 7–8)</source>
        <translation>被动者（NPS 7–8）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promoters (NPS 9–10)</source>
        <translation>推荐者（NPS 9–10）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low CSAT (1–2)</source>
        <translation>CSAT 偏低（1–2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision makers</source>
        <translation>决策者</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open account</source>
        <translation>打开客户(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected row&apos;s account (Enter, double-click)</source>
        <translation>打开所选行的客户（Enter 或双击）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
</context>
<context>
    <name>SurveysTab</name>
    <message>
        <location filename="../../kam_desktop/ui/surveys_tab.py" line="+24"/>
        <location line="+250"/>
        <location line="+180"/>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location line="-425"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respondent</source>
        <translation>答复人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location line="+225"/>
        <location line="+181"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>No account selected.</source>
        <translation>未选择客户。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No satisfaction alerts.</source>
        <translation>无满意度预警。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ Satisfaction alert</source>
        <translation>⚠ 满意度预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ %1 satisfaction alerts</source>
        <translation>⚠ %1 条满意度预警</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Delete survey response</source>
        <translation>删除调查答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the response of %1 from %2? Undo (Ctrl+Z) or “Show deleted” and Restore bring it back.</source>
        <translation>删除 %1 于 %2 的答复？可撤销（Ctrl+Z），或通过“显示已删除”和“恢复”找回。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete survey response of %1</source>
        <translation>删除 %1 的调查答复</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore survey response of %1</source>
        <translation>恢复 %1 的调查答复</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add response…</source>
        <translation>添加答复(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show deleted</source>
        <translation>显示已删除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Res&amp;pondent:</source>
        <translation>答复人(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend &amp;by:</source>
        <translation>趋势周期(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-year</source>
        <translation>半年</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No survey responses recorded yet. Add one (Ins).</source>
        <translation>尚无调查答复记录。请添加一条（Ins）。</translation>
    </message>
</context>
<context>
    <name>SwotSection</name>
    <message>
        <location filename="../../kam_desktop/ui/plan_editor_sections.py" line="+187"/>
        <source>What we do better for this customer</source>
        <translation>我们在服务该客户方面的长处</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where we fall short</source>
        <translation>我们的不足之处</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Openings at the customer or in their market</source>
        <translation>客户内部或其市场中的机会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What could cost us business</source>
        <translation>可能使我们失去业务的因素</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1, item %2: %3</source>
        <translation>%1，第 %2 条：%3</translation>
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
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../kam_desktop/ui/visit_dialog.py" line="-248"/>
        <source>A visit on %1 has not taken place yet: plan it, or correct the date.</source>
        <translation>%1 的拜访尚未发生：请将其设为计划拜访，或更正日期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The follow-up (%1) cannot be before the visit (%2).</source>
        <translation>跟进日期（%1）不能早于拜访日期（%2）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Log visit to %1</source>
        <translation>记录对 %1 的拜访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan visit to %1</source>
        <translation>计划拜访 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit visit to %1</source>
        <translation>编辑对 %1 的拜访</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log a visit</source>
        <translation>记录拜访</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan a visit</source>
        <translation>计划拜访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit visit</source>
        <translation>编辑拜访</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A visit, call or message that took place. Enter saves; Esc cancels.</source>
        <translation>已发生的拜访、通话或消息。按 Enter 保存，按 Esc 取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A visit to come: it shows in the agenda on its day.</source>
        <translation>将来的拜访：会在当天显示在日程中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter saves; Esc cancels.</source>
        <translation>按 Ctrl+Enter 保存，按 Esc 取消。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>方式(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date and time:</source>
        <translation>日期和时间(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose:</source>
        <translation>目的(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants:</source>
        <translation>参与人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary:</source>
        <translation>摘要(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next steps:</source>
        <translation>后续步骤(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow-up:</source>
        <translation>跟进(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location:</source>
        <translation>地点(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contacts recorded for this account.</source>
        <translation>该客户尚无联系人记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: quarterly business review</source>
        <translation>例如：季度业务回顾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <location line="-489"/>
        <source>On-site visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video call</source>
        <translation>视频通话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../kam_desktop/ui/visits_page.py" line="+96"/>
        <source>Planned visit</source>
        <translation>计划拜访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Code</source>
        <translation>客户编码</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose or next steps</source>
        <translation>目的或后续步骤</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never</source>
        <translation>从未拜访</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cadence (days)</source>
        <translation>拜访周期（天）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last visit</source>
        <translation>最近拜访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days since</source>
        <translation>距今天数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Was due</source>
        <translation>应拜访日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next planned</source>
        <translation>下次计划</translation>
    </message>
    <message>
        <location line="+207"/>
        <location line="+230"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Today (%1)</source>
        <translation>今天（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week (%1)</source>
        <translation>本周（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue (%1)</source>
        <translation>已逾期（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next two weeks (%1)</source>
        <translation>未来两周（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue for cadence (%1)</source>
        <translation>超出拜访周期（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planned visits and follow-ups due today.</source>
        <translation>今天到期的计划拜访和跟进。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due from tomorrow to Sunday.</source>
        <translation>明天至本周日到期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned visits not marked done and follow-ups not yet made, up to 90 days late.</source>
        <translation>尚未标记完成的计划拜访和尚未进行的跟进，最多逾期 90 天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due after this week, up to two weeks ahead.</source>
        <translation>本周之后、两周以内到期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts whose last visit is longer ago than their tier&apos;s cadence (Settings).</source>
        <translation>距最近一次拜访已超过所属级别拜访周期（见“设置”）的客户。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading the agenda…</source>
        <translation>正在加载日程…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Log follow-up…</source>
        <translation>记录跟进(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;done…</source>
        <translation>标记完成(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move follow-up…</source>
        <translation>调整跟进日期(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reschedule…</source>
        <translation>重新安排(&amp;R)…</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+4"/>
        <source>Cancel visit</source>
        <translation>取消拜访</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cancel the visit to %1 planned for %2? Undo (Ctrl+Z) brings it back.</source>
        <translation>取消计划于 %2 对 %1 的拜访？可撤销（Ctrl+Z）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel visit to %1</source>
        <translation>取消对 %1 的拜访</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by account code or name</source>
        <translation>按客户编码或名称筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account &amp;manager:</source>
        <translation>客户经理(&amp;M)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel visit</source>
        <translation>取消拜访(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log visit…</source>
        <translation>记录拜访(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan visit…</source>
        <translation>计划拜访(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open account</source>
        <translation>打开客户(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <location filename="../../kam_desktop/ui/visits_tab.py" line="+426"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>No account selected.</source>
        <translation>未选择客户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No visit cadence: the account is inactive or deleted.</source>
        <translation>无拜访周期：该客户已停用或已删除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last visit %1 days ago (%2).</source>
        <translation>最近一次拜访在 %1 天前（%2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No visit that counts (%1) since the account was created %2 days ago.</source>
        <translation>客户创建 %2 天以来没有计入周期的拜访（%1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next visit planned for %1.</source>
        <translation>下次拜访计划于 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No visit is planned.</source>
        <translation>暂无拜访计划。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier %1 has no visit cadence.</source>
        <translation>%1 级未设拜访周期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not classified: no visit cadence applies.</source>
        <translation>未分级：不适用拜访周期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unclassified</source>
        <translation>未分级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit overdue by %1 days: tier %2 calls for a visit every %3 days.</source>
        <translation>拜访已逾期 %1 天：%2 级客户要求每 %3 天拜访一次。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On track: tier %1 calls for a visit every %2 days; the next is due by %3.</source>
        <translation>进度正常：%1 级客户要求每 %2 天拜访一次；下次拜访应在 %3 前完成。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Visits that count for the cadence: %1.</source>
        <translation>计入拜访周期的方式：%1。</translation>
    </message>
    <message>
        <location line="-273"/>
        <location line="+287"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location line="-286"/>
        <location line="+286"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="-286"/>
        <location line="+287"/>
        <source>Next steps</source>
        <translation>后续步骤</translation>
    </message>
    <message>
        <location line="-283"/>
        <location line="+284"/>
        <source>Participants</source>
        <translation>参与人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="-283"/>
        <location line="+283"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="-294"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location line="+374"/>
        <source>Cancel visit of %1</source>
        <translation>取消 %1 的拜访</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete visit</source>
        <translation>删除拜访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the visit of %1 (%2)? Undo (Ctrl+Z) or “Show deleted” and Restore bring it back.</source>
        <translation>删除 %1 的拜访（%2）？可撤销（Ctrl+Z），或通过“显示已删除”和“恢复”找回。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete visit of %1</source>
        <translation>删除 %1 的拜访</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore visit of %1</source>
        <translation>恢复 %1 的拜访</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Log visit…</source>
        <translation>记录拜访(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan visit…</source>
        <translation>计划拜访(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;done…</source>
        <translation>标记完成(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel visit</source>
        <translation>取消拜访(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show deleted</source>
        <translation>显示已删除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No visits recorded yet. Log one (Ins) or plan one (Shift+Ins).</source>
        <translation>尚无拜访记录。可记录一次拜访（Ins）或计划一次拜访（Shift+Ins）。</translation>
    </message>
</context>
<context>
    <name>WhiteSpaceSection</name>
    <message>
        <location filename="../../kam_desktop/ui/plan_editor_white_space.py" line="+101"/>
        <source>Suggestions from sales: product categories the portfolio bought that this account did not, by the portfolio&apos;s sales in them.</source>
        <translation>基于销售数据的建议：客户组合购买过而该客户未购买的产品类别，按客户组合在该类别的销售额排序。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>last %1 months</source>
        <translation>最近 %1 个月</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to plan</source>
        <translation>添加到计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the selected categories to the plan&apos;s white space (or double-click one)</source>
        <translation>将所选类别添加到计划的空白机会中（或双击某一类别）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In this plan</source>
        <translation>本计划中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No categories yet: add suggestions above, or + Add any category with a note.</source>
        <translation>暂无类别：可添加上方的建议，或点击“+ 添加”输入任意类别并备注。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Looking at the portfolio&apos;s sales…</source>
        <translation>正在分析客户组合的销售…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No white space: this account bought every category the portfolio bought in that period (or there are no sales lines).</source>
        <translation>无空白机会：该客户购买了客户组合在该期间购买过的所有类别（或尚无销售明细）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 categories; select and Add to plan, then note the opportunity.</source>
        <translation>%1 个类别；选择后点击“添加到计划”，再记录机会说明。</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../kam_desktop/ui/settings_page.py" line="-632"/>
        <source>Restore defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set every visit cadence and attention threshold back to its default? The values you chose are lost.</source>
        <translation>将所有拜访周期和关注阈值恢复为默认值？您设置的值将丢失。</translation>
    </message>
</context>
</TS>
