"""The PDF's own words in English and Chinese, and how it writes numbers and dates.

The language of a PDF is chosen per export (a Chinese plan can be printed from an English app),
so these strings live here rather than in the Qt translation files. `texts(lang)` returns the
table for "en" or "zh"; every key exists in both (a test checks it, and that the font has every
glyph they use).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from kam_desktop.errors import InvalidInputError

LANGUAGES = ("en", "zh")

EN: dict[str, str] = {
    # cover
    "doc_kind": "ACCOUNT PLAN",
    "doc_title": "Account plan {period} — {name}",
    "doc_subject": "Account plan for {name} ({code}), period {period}",
    "merged_title": "Account plans — {count} accounts",
    "plan_period": "Plan period",
    "owner": "Owner",
    "tier": "Tier",
    "status": "Status",
    "prepared": "Prepared on",
    "last_edited": "Last edited",
    "review_cadence": "Review cadence",
    "confidential": "CONFIDENTIAL",
    "confidential_note": "For internal use only. Do not pass on to the customer or third parties.",
    "confidential_short": "Confidential — internal use only",
    "no_plan_cover": "No plan has been written for {period} yet: the plan sections below are "
                     "empty.",
    "not_classified": "Not classified",
    "tier_by_hand": "{tier} (set by hand; computed: {computed})",
    "deleted_account": "This account has been deleted.",
    # header and footer
    "header_right": "Account plan {period}",
    "page_of": "Page {page} of {pages}",
    # sections
    "cover": "Cover",
    "s_profile": "Profile and tier",
    "s_figures": "Key figures",
    "s_buying_center": "Buying center",
    "s_visits": "Visits and follow-ups",
    "s_objectives": "Needs and objectives",
    "s_swot": "SWOT",
    "s_strategy": "Strategy and value proposition",
    "s_white_space": "White space",
    "s_actions": "Action plan",
    "s_risks": "Risks",
    # profile
    "code": "Code",
    "industry": "Industry",
    "segment": "Segment",
    "region": "Region / city",
    "address": "Address",
    "website": "Website",
    "account_owner": "Account owner",
    "account_status": "Account status",
    "company_size": "Employees",
    "annual_revenue": "Annual revenue",
    "value_fit": "Value positioning fit",
    "procurement_fit": "Procurement standards fit",
    "growth_potential": "Growth potential",
    "influence_rating": "Industry influence",
    "tier_heading": "Why tier {tier}",
    "tier_policy": "Policy \"{policy}\" (version {version}), {method}; run of {ran} over "
                   "{start} – {end}.",
    "tier_score": "Score {score} of 100, rank {rank}.",
    "tier_score_only": "Score {score} of 100.",
    "tier_rank_only": "Rank {rank}.",
    "tier_since": "Tier {tier} since {since} (before: {previous}).",
    "tier_since_first": "Tier {tier} since {since} (first classification).",
    "tier_override": "Set by hand to {tier} (computed: {computed}) by {by} on {on}: {reason}",
    "tier_never": "The account has not been classified yet.",
    "tier_no_parts": "The run recorded no indicator values for this account.",
    "method_abc": "ABC analysis",
    "method_thresholds": "thresholds",
    "method_weighted": "weighted scorecard",
    # The built-in policies by their stored names (`label("policy", name)`); others as named.
    "policy_ABC by sales": "ABC by sales",
    "policy_ABC by profit": "ABC by profit",
    "policy_Balanced scorecard": "Balanced scorecard",
    "indicator": "Indicator",
    "value": "Value",
    "norm": "Norm (0–100)",
    "weight": "Weight",
    "points": "Points",
    "share_before": "Share before",
    "excluded": "not counted (no value)",
    "abc_note": "ABC ranks the accounts by {indicator}; the share of the total held by the "
                "accounts ranked before this one decides the tier.",
    # figures
    "fig_sales": "Sales, last 12 months",
    "fig_growth": "vs prior 12 months",
    "fig_profit": "Profit",
    "fig_margin": "margin {margin}",
    "fig_outstanding": "Outstanding",
    "fig_overdue": "overdue {amount}",
    "fig_nps": "Latest NPS",
    "fig_csat": "Latest CSAT",
    "fig_on": "on {day}",
    "fig_last_visit": "Last contact",
    "fig_next_visit": "next planned {day}",
    "fig_no_next": "none planned",
    "fig_window": "The 12 months {start} – {end}; amounts in the currency of the sales "
                  "records.",
    "fig_no_sales": "No sales records yet.",
    "chart_sales_title": "Sales and profit by quarter, last three years",
    "chart_sat_title": "Satisfaction by quarter: NPS (−100 to 100) and CSAT (1 to 5)",
    "sales": "Sales",
    "profit": "Profit",
    "nps": "NPS",
    "csat": "CSAT",
    "no_sales_chart": "No sales in the last three years.",
    "no_surveys": "No satisfaction survey answers in the last three years.",
    "quarter_short": "Q{quarter}",
    # buying center
    "bc_summary": "{contacts} active contacts; {covered} of {roles} buying roles covered by a "
                  "strong relationship; {strong} strong relationships.",
    "bc_single": "Single-threaded: only one person knows us well.",
    "bc_none": "No strong relationship yet.",
    "bc_empty": "No contacts recorded.",
    "legend_size": "size = influence",
    "legend_ring": "dark ring = strong relationship",
    "name": "Name",
    "title_dept": "Title / department",
    "role": "Role",
    "attitude": "Attitude",
    "influence": "Influence",
    "strength": "Relationship",
    "reports_to": "Reports to",
    # visits
    "recent_visits": "Recent visits (last 12 months)",
    "follow_ups": "Open follow-ups and planned visits",
    "date": "Date",
    "kind": "Kind",
    "purpose": "Purpose and outcome",
    "participants": "Participants",
    "due": "Due",
    "item": "Type",
    "what": "What",
    "no_visits": "No visits in the last 12 months.",
    "no_follow_ups": "Nothing open: no planned visits or follow-ups.",
    "item_visit": "Planned visit",
    "item_follow_up": "Follow-up",
    "overdue": "overdue",
    # plan sections
    "needs": "Needs and pain points",
    "objectives": "Objectives",
    "objective": "Objective",
    "metric": "Measure",
    "current": "Current",
    "target": "Target",
    "progress": "Progress",
    "strategy": "Strategy",
    "value_proposition": "Value proposition",
    "category": "Product category",
    "note": "Note",
    "action": "Action",
    "action_owner": "Owner",
    "due_date": "Due",
    "action_status": "Status",
    "risk": "Risk",
    "mitigation": "Mitigation",
    "strengths": "Strengths",
    "weaknesses": "Weaknesses",
    "opportunities": "Opportunities",
    "threats": "Threats",
    "none_recorded": "None recorded.",
    "empty_needs": "No needs or pain points recorded.",
    "empty_objectives": "No objectives recorded.",
    "empty_swot": "No SWOT analysis recorded.",
    "empty_strategy": "No strategy or value proposition recorded.",
    "empty_white_space": "No white space recorded.",
    "empty_actions": "No actions recorded.",
    "empty_risks": "No risks recorded.",
    "no_plan_section": "No plan for {period}.",
    "review_line": "Review cadence: {cadence}",
    # vocabularies
    "plan_draft": "Draft",
    "plan_final": "Final",
    "acc_active": "Active",
    "acc_inactive": "Inactive",
    "acc_prospect": "Prospect",
    "role_decision_maker": "Decision maker",
    "role_economic_buyer": "Economic buyer",
    "role_technical_evaluator": "Technical evaluator",
    "role_user": "User",
    "role_influencer": "Influencer",
    "role_gatekeeper": "Gatekeeper",
    "role_champion": "Champion",
    "att_supporter": "Supporter",
    "att_neutral": "Neutral",
    "att_opponent": "Opponent",
    "visit_on_site": "On site",
    "visit_phone": "Phone",
    "visit_video": "Video",
    "visit_email": "E-mail",
    "visit_wechat": "WeChat",
    "visit_event": "Event",
    "act_open": "Open",
    "act_in_progress": "In progress",
    "act_done": "Done",
    "act_cancelled": "Cancelled",
    "metric_revenue": "Revenue",
    "metric_profit": "Profit",
    "metric_share_of_wallet": "Share of wallet",
    "metric_other": "Other",
}

ZH: dict[str, str] = {
    "doc_kind": "客户计划",
    "doc_title": "{period} 客户计划 — {name}",
    "doc_subject": "{name}（{code}）{period} 客户计划",
    "merged_title": "客户计划汇编（{count} 个客户）",
    "plan_period": "计划期间",
    "owner": "负责人",
    "tier": "客户级别",
    "status": "状态",
    "prepared": "生成日期",
    "last_edited": "最后修改",
    "review_cadence": "评估周期",
    "confidential": "机密",
    "confidential_note": "仅限内部使用，请勿提供给客户或第三方。",
    "confidential_short": "机密 — 仅限内部使用",
    "no_plan_cover": "{period} 尚未制定计划：以下计划各部分为空。",
    "not_classified": "未分级",
    "tier_by_hand": "{tier}（手动设定；计算结果：{computed}）",
    "deleted_account": "该客户已被删除。",
    "header_right": "{period} 客户计划",
    "page_of": "第 {page} 页，共 {pages} 页",
    "cover": "封面",
    "s_profile": "客户概况与级别",
    "s_figures": "关键数据",
    "s_buying_center": "采购决策链",
    "s_visits": "拜访与跟进",
    "s_objectives": "需求与目标",
    "s_swot": "SWOT 分析",
    "s_strategy": "策略与价值主张",
    "s_white_space": "空白产品机会",
    "s_actions": "行动计划",
    "s_risks": "风险",
    "code": "客户编码",
    "industry": "行业",
    "segment": "客户类型",
    "region": "区域 / 城市",
    "address": "地址",
    "website": "网站",
    "account_owner": "客户经理",
    "account_status": "客户状态",
    "company_size": "员工人数",
    "annual_revenue": "年营业额",
    "value_fit": "价值定位匹配",
    "procurement_fit": "采购规范匹配",
    "growth_potential": "成长潜力",
    "influence_rating": "行业影响力",
    "tier_heading": "为何为 {tier} 级",
    "tier_policy": "分级方案“{policy}”（第 {version} 版），{method}；{ran} 运行，"
                   "数据期间 {start} 至 {end}。",
    "tier_score": "得分 {score}（满分 100），排名第 {rank}。",
    "tier_score_only": "得分 {score}（满分 100）。",
    "tier_rank_only": "排名第 {rank}。",
    "tier_since": "自 {since} 起为 {tier} 级（此前：{previous}）。",
    "tier_since_first": "自 {since} 起为 {tier} 级（首次分级）。",
    "tier_override": "由 {by} 于 {on} 手动设为 {tier} 级（计算结果：{computed}）：{reason}",
    "tier_never": "该客户尚未分级。",
    "tier_no_parts": "该次分级未记录此客户的指标数据。",
    "method_abc": "ABC 分析",
    "method_thresholds": "阈值分级",
    "method_weighted": "加权评分",
    "policy_ABC by sales": "按销售额 ABC 分类",
    "policy_ABC by profit": "按毛利 ABC 分类",
    "policy_Balanced scorecard": "平衡计分卡",
    "indicator": "指标",
    "value": "数值",
    "norm": "标准分（0–100）",
    "weight": "权重",
    "points": "得分",
    "share_before": "前序累计占比",
    "excluded": "未计入（无数据）",
    "abc_note": "ABC 分析按{indicator}对客户排序；排名在本客户之前的客户所占比例决定级别。",
    "fig_sales": "近 12 个月销售额",
    "fig_growth": "较前 12 个月",
    "fig_profit": "利润",
    "fig_margin": "利润率 {margin}",
    "fig_outstanding": "应收余额",
    "fig_overdue": "逾期 {amount}",
    "fig_nps": "最新 NPS",
    "fig_csat": "最新 CSAT",
    "fig_on": "{day}",
    "fig_last_visit": "最近联系",
    "fig_next_visit": "下次计划 {day}",
    "fig_no_next": "暂无计划拜访",
    "fig_window": "统计期间 {start} 至 {end}；金额单位与销售记录一致。",
    "fig_no_sales": "暂无销售记录。",
    "chart_sales_title": "近三年分季度销售额与利润",
    "chart_sat_title": "分季度满意度：NPS（−100 至 100）与 CSAT（1 至 5）",
    "sales": "销售额",
    "profit": "利润",
    "nps": "NPS",
    "csat": "CSAT",
    "no_sales_chart": "近三年无销售记录。",
    "no_surveys": "近三年无满意度调查答复。",
    "quarter_short": "Q{quarter}",
    "bc_summary": "在职联系人 {contacts} 位；{roles} 个采购角色中有 {covered} 个由强关系覆盖；"
                  "强关系 {strong} 位。",
    "bc_single": "单线联系：只有一人与我方关系密切。",
    "bc_none": "尚无强关系联系人。",
    "bc_empty": "尚未录入联系人。",
    "legend_size": "大小 = 影响力",
    "legend_ring": "深色外圈 = 强关系",
    "name": "姓名",
    "title_dept": "职务 / 部门",
    "role": "角色",
    "attitude": "态度",
    "influence": "影响力",
    "strength": "关系强度",
    "reports_to": "直属上级",
    "recent_visits": "近期拜访（近 12 个月）",
    "follow_ups": "待跟进事项与计划拜访",
    "date": "日期",
    "kind": "方式",
    "purpose": "目的与结果",
    "participants": "参与人",
    "due": "截止",
    "item": "类型",
    "what": "事项",
    "no_visits": "近 12 个月无拜访记录。",
    "no_follow_ups": "暂无待办：没有计划拜访或待跟进事项。",
    "item_visit": "计划拜访",
    "item_follow_up": "跟进",
    "overdue": "已逾期",
    "needs": "需求与痛点",
    "objectives": "目标",
    "objective": "目标",
    "metric": "衡量指标",
    "current": "现状",
    "target": "目标值",
    "progress": "完成度",
    "strategy": "策略",
    "value_proposition": "价值主张",
    "category": "产品类别",
    "note": "说明",
    "action": "行动",
    "action_owner": "负责人",
    "due_date": "截止日期",
    "action_status": "状态",
    "risk": "风险",
    "mitigation": "应对措施",
    "strengths": "优势",
    "weaknesses": "劣势",
    "opportunities": "机会",
    "threats": "威胁",
    "none_recorded": "暂无。",
    "empty_needs": "尚未录入需求与痛点。",
    "empty_objectives": "尚未录入目标。",
    "empty_swot": "尚未录入 SWOT 分析。",
    "empty_strategy": "尚未录入策略与价值主张。",
    "empty_white_space": "尚未录入空白产品机会。",
    "empty_actions": "尚未录入行动计划。",
    "empty_risks": "尚未录入风险。",
    "no_plan_section": "{period} 尚无计划。",
    "review_line": "评估周期：{cadence}",
    "plan_draft": "草稿",
    "plan_final": "定稿",
    "acc_active": "活跃",
    "acc_inactive": "停用",
    "acc_prospect": "潜在客户",
    "role_decision_maker": "决策者",
    "role_economic_buyer": "经济决策人",
    "role_technical_evaluator": "技术评估人",
    "role_user": "使用者",
    "role_influencer": "影响者",
    "role_gatekeeper": "把关者",
    "role_champion": "支持者（内线）",
    "att_supporter": "支持",
    "att_neutral": "中立",
    "att_opponent": "反对",
    "visit_on_site": "现场拜访",
    "visit_phone": "电话",
    "visit_video": "视频",
    "visit_email": "邮件",
    "visit_wechat": "微信",
    "visit_event": "活动",
    "act_open": "未开始",
    "act_in_progress": "进行中",
    "act_done": "已完成",
    "act_cancelled": "已取消",
    "metric_revenue": "销售额",
    "metric_profit": "利润",
    "metric_share_of_wallet": "钱包份额",
    "metric_other": "其他",
}

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # not the locale's

# Indicators whose values are amounts of money, shares, days or 1–5 ratings.
MONEY_INDICATORS = frozenset({"sales", "profit", "avg_order_value", "outstanding", "overdue",
                              "company_profit"})
SHARE_INDICATORS = frozenset({"margin", "growth"})
RATING_INDICATORS = frozenset({"value_fit", "procurement_fit", "growth_potential", "influence",
                               "relationship"})


@dataclass(frozen=True)
class Texts:
    """One language's strings (`t["key"]`, `t.f("key", name=…)`) and number formats."""

    lang: str
    table: dict[str, str]

    @property
    def chinese(self) -> bool:
        return self.lang == "zh"

    def __getitem__(self, key: str) -> str:
        return self.table[key]

    def f(self, key: str, **values: object) -> str:
        return self.table[key].format(**values)

    def label(self, prefix: str, value: str | None) -> str:
        """The name of a stored value (`label("role", "user")`); unknown values as stored."""
        if not value:
            return ""
        return self.table.get(f"{prefix}_{value}", value)

    # --- numbers -------------------------------------------------------------------------------

    def integer(self, value: float | None) -> str:
        return "" if _missing(value) else f"{value:,.0f}"

    def money(self, value: float | None) -> str:
        return self.integer(value)

    def compact(self, value: float | None) -> str:
        """A short amount for tiles and axes: 1.4M / 250k, or 140万 / 2.5亿 in Chinese."""
        if _missing(value):
            return ""
        assert value is not None
        size = abs(value)
        if self.chinese:
            for unit, name in ((1e8, "亿"), (1e4, "万")):
                if size >= unit:
                    return f"{_trim(value / unit, size / unit)}{name}"
            return f"{value:,.0f}"
        for unit, name in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
            if size >= unit:
                return f"{_trim(value / unit, size / unit)}{name}"
        return f"{value:,.0f}"

    def percent(self, value: float | None, *, signed: bool = False, digits: int = 1) -> str:
        if _missing(value):
            return ""
        assert value is not None
        text = f"{100 * value:+.{digits}f}%" if signed else f"{100 * value:.{digits}f}%"
        return text.replace("-", "−")

    def number(self, value: float | None, digits: int = 1) -> str:
        if _missing(value):
            return ""
        assert value is not None
        text = f"{value:,.{digits}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return text.replace("-", "−") if text.startswith("-") else text

    def fixed(self, value: float | None, digits: int = 1) -> str:
        """Always `digits` decimals (columns of points line up)."""
        if _missing(value):
            return ""
        assert value is not None
        return f"{value:,.{digits}f}".replace("-", "−")

    def signed(self, value: float | None, digits: int = 0) -> str:
        """+12 / −3 / 0."""
        if _missing(value):
            return ""
        assert value is not None
        text = f"{value:+.{digits}f}".replace("-", "−")
        return text[1:] if float(text[1:]) == 0 else text

    def sentences(self, parts: list[str]) -> str:
        """Sentences run together: with a space in English, without in Chinese."""
        return ("" if self.chinese else " ").join(parts)

    # --- dates ---------------------------------------------------------------------------------

    def day(self, value: date | datetime | None) -> str:
        """Dates in tables: ISO, the same in both languages."""
        if value is None:
            return ""
        if isinstance(value, datetime):
            value = value.date()
        return value.isoformat()

    def long_day(self, value: date) -> str:
        if self.chinese:
            return f"{value.year}年{value.month}月{value.day}日"
        return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _trim(value: float, size: float) -> str:
    """Two or three significant digits, no trailing zeros."""
    digits = 2 if size < 10 else 1 if size < 100 else 0
    text = f"{value:,.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace("-", "−")


SYMBOLS = "●○•·—–…−“”‘’"  # drawn by the PDF itself besides the texts


@cache
def seed_characters(lang: str) -> str:
    """Every non-ASCII character the PDF's own texts in `lang` use, in a fixed order (see
    fonts.seed_subsets)."""
    used = set(SYMBOLS).union(*texts(lang).table.values())
    return "".join(sorted(c for c in used if ord(c) > 127))


@cache
def texts(lang: str) -> Texts:
    if lang not in LANGUAGES:
        raise InvalidInputError(f"Unknown PDF language {lang!r}: use one of "
                                f"{', '.join(LANGUAGES)}.")
    return Texts(lang, EN if lang == "en" else ZH)
