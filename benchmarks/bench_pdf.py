"""Benchmark the account-plan PDFs: `python benchmarks/bench_pdf.py [--db PATH] [--accounts N]`.

Without `--db` it builds a demo portfolio of `--accounts` (default 500) accounts in a temporary
folder, classifies it with the Balanced scorecard and writes a realistic plan for every account
(objectives, needs, SWOT, strategy, white space, 10 actions, risks; in Chinese for accounts with a
Chinese name, else in English). With `--db` it uses that database as it is and writes plans only
for accounts that have none (give it a copy).

Prints the time per plan (median and 90th percentile wall time, median CPU time, over 100
accounts, each language, A4) and for a batch of 500 plans, one file per account and one merged
file (`--batch 0` skips them); the target is ≤ 50 ms per plan. It also says whether reportlab's
C accelerator (`rl_accel`) is installed, which takes about a quarter off, and the load average:
on a busy machine the wall time says more about the neighbours than about the PDF.
`--samples DIR` writes the two sample PDFs of docs/samples (Chinese and English; with
`--samples-only`, nothing else). `--profile` prints a cProfile of 50 single renders.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import reportlab
from reportlab.lib import rl_accel
from sqlalchemy import insert

from kam_desktop.models import AccountPlan
from kam_desktop.models.plan import (
    PlanAction,
    PlanObjective,
    PlanRisk,
    PlanSwotItem,
    PlanWhiteSpace,
)
from kam_desktop.services.classification import ensure_builtin_policies
from kam_desktop.services.classification.runs import classify
from kam_desktop.services.database import open_database
from kam_desktop.services.demo import generate_demo
from kam_desktop.services.plan_export import PdfOptions, export_plans, render_plan_pdf
from kam_desktop.services.plan_pdf.styles import has_cjk
from kam_desktop.storage.database import Database

AS_OF = date.today()  # the demo is seen from today, so "recent" and "overdue" mean something

# --- realistic plan content --------------------------------------------------------------------

CONTENT = {
    "en": {
        "needs": (
            "The customer is consolidating suppliers to cut purchasing overhead and wants fewer, "
            "deeper partnerships with vendors who can support its plant modernisation.\n\n"
            "- Unplanned downtime on the two oldest lines costs about 6 % of output\n"
            "- Spare parts take up to three weeks to arrive from the current supplier\n"
            "- The engineering team lacks in-house automation know-how for the retrofit"),
        "objectives": (
            ("revenue", "Grow revenue with the account", None, 1.18),
            ("profit", "Gross profit from the account", None, 1.22),
            ("share_of_wallet", "Share of the customer's automation spend", "%", None),
            ("other", "Product categories bought", "categories", None),
            ("other", "Net Promoter Score of the buying center", "points", None),
        ),
        "swot": {
            "strength": ("Trusted by the plant's engineering team after the 2024 retrofit",
                         "Local service team two hours from the main site",
                         "Broad catalogue covering sensors, drives and software"),
            "weakness": ("Little access to the procurement director",
                         "Prices 5–8 % above the lowest bidder on standard parts",
                         "Delivery times slipped twice last year"),
            "opportunity": ("New production line planned for the second half of the year",
                            "Customer wants a framework agreement for spare parts",
                            "Predictive maintenance pilot could be extended to all plants"),
            "threat": ("A competitor offers a three-year price freeze",
                       "Budget freeze possible if export orders fall",
                       "Our champion may move to the group headquarters"),
        },
        "strategy": (
            "Move from supplying parts to being the customer's partner for the modernisation "
            "programme. Win the new line with a turnkey offer, secure the spare-parts framework "
            "agreement, and broaden the relationship beyond engineering to procurement and the "
            "plant director.\n\n"
            "- Quarterly business reviews with the plant director\n"
            "- Joint roadmap for the three-year modernisation\n"
            "- Dedicated service engineer on call for the two oldest lines"),
        "value": (
            "Less downtime and lower total cost of ownership: predictive maintenance on the "
            "critical lines, spare parts from a local consignment stock within 24 hours, and one "
            "partner for automation hardware, software and service."),
        "white_space": ("Industrial software: MES connectivity for the new line",
                        "Motion control: servo retrofit of the packaging machines",
                        "Technical services: operator training programme"),
        "actions": (
            "Present the turnkey proposal for the new production line",
            "Run a site workshop on predictive maintenance with the engineering team",
            "Meet the procurement director to discuss the framework agreement",
            "Set up the consignment stock for critical spare parts",
            "Quarterly business review with the plant director",
            "Send the three-year modernisation roadmap for comment",
            "Invite the CTO to the customer day at our headquarters",
            "Close the open quality complaint with an 8D report",
            "Prepare the price review for standard parts",
            "Agree the training plan for the operators of the new line",
        ),
        "owners": ("Wang Lei", "Li Na", "Chen Jie", "Zhang Wei"),
        "risks": (
            ("The competitor's price freeze wins the framework agreement",
             "Offer bundle pricing with service; show total cost of ownership over three years"),
            ("Our champion leaves for the group headquarters",
             "Build relationships with the new plant manager and the maintenance lead now"),
            ("Delivery delays on drives hurt our reputation again",
             "Reserve stock for the customer's top 20 parts; weekly delivery report"),
        ),
        "cadence": "Quarterly, with the sales director",
    },
    "zh": {
        "needs": (
            "客户正在整合供应商以降低采购管理成本，希望与能够支持其工厂现代化改造的少数供应商建立更深入的合作。\n\n"
            "- 两条老旧产线的非计划停机造成约 6% 的产能损失\n"
            "- 现有供应商的备件到货周期长达三周\n"
            "- 工程部门缺乏改造所需的自动化技术能力"),
        "objectives": (
            ("revenue", "提升该客户销售额", None, 1.18),
            ("profit", "该客户毛利", None, 1.22),
            ("share_of_wallet", "在客户自动化采购中的份额", "%", None),
            ("other", "客户采购的产品类别数", "类", None),
            ("other", "采购决策链的净推荐值", "分", None),
        ),
        "swot": {
            "strength": ("2024 年改造项目后获得工厂工程团队的信任",
                         "本地服务团队距客户主厂区两小时车程",
                         "产品线齐全，覆盖传感器、驱动与工业软件"),
            "weakness": ("与采购总监接触很少",
                         "标准件价格比最低报价高 5–8%",
                         "去年两次交付延期"),
            "opportunity": ("下半年计划新建一条生产线",
                            "客户希望签订备件框架协议",
                            "预测性维护试点可推广至全部工厂"),
            "threat": ("竞争对手提供三年价格锁定",
                       "如出口订单下滑，客户可能冻结预算",
                       "我方支持者可能调往集团总部"),
        },
        "strategy": (
            "从零部件供应商转变为客户现代化改造项目的合作伙伴。以交钥匙方案拿下新产线，签订备件框架协议，"
            "并将合作关系从工程部门扩展到采购部门和厂长。\n\n"
            "- 与厂长每季度进行业务回顾\n"
            "- 共同制定三年现代化改造路线图\n"
            "- 为两条老旧产线配备专属服务工程师"),
        "value": (
            "减少停机、降低总拥有成本：关键产线的预测性维护，本地寄售库存 24 小时内提供备件，"
            "自动化硬件、软件与服务由一家合作伙伴负责。"),
        "white_space": ("工业软件：新产线的 MES 数据对接",
                        "运动控制：包装机伺服系统改造",
                        "技术服务：操作人员培训项目"),
        "actions": (
            "提交新生产线的交钥匙方案",
            "与工程团队举办预测性维护现场研讨会",
            "拜访采购总监，商讨框架协议",
            "建立关键备件寄售库存",
            "与厂长进行季度业务回顾",
            "提交三年现代化改造路线图征求意见",
            "邀请技术总监参加公司客户开放日",
            "以 8D 报告关闭未结质量投诉",
            "准备标准件价格复审",
            "确定新产线操作人员培训计划",
        ),
        "owners": ("王磊", "李娜", "陈杰", "张伟"),
        "risks": (
            ("竞争对手的价格锁定赢得框架协议", "提供产品与服务捆绑报价，展示三年总拥有成本"),
            ("我方支持者调往集团总部", "立即与新任厂长和维修主管建立关系"),
            ("驱动器交付再次延误，影响口碑", "为客户前 20 种常用件预留库存，每周发送交付报告"),
        ),
        "cadence": "每季度，销售总监参加",
    },
}
STATUSES = ("done", "done", "in_progress", "in_progress", "open", "open", "open", "open",
            "cancelled", "open")


def seed_plans(db: Database, account_ids: Sequence[str] | None = None, *, period: str = "2026",
               actions: int = 10, seed: int = 7) -> int:
    """Write a plan for `period` for each account that has none (default: every live account),
    through SQLAlchemy Core; returns how many were written."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    plans: list[dict] = []
    children: dict[type, list[dict]] = {PlanObjective: [], PlanSwotItem: [], PlanWhiteSpace: [],
                                        PlanAction: [], PlanRisk: []}
    with db.unit_of_work() as uow:
        conn = uow.session.connection().connection.driver_connection
        rows = conn.execute(
            """SELECT a.id, a.name, a.owner, total(s.amount), sum(coalesce(s.profit, 0))
                 FROM accounts a LEFT JOIN sales_lines s ON s.account_id = a.id
                  AND s.order_date >= date(?, '-12 months')
                WHERE a.deleted_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM account_plans p WHERE p.account_id = a.id
                                     AND p.period = ? AND p.deleted_at IS NULL)
                GROUP BY a.id""", (AS_OF.isoformat(), period)).fetchall()
        wanted = {uuid.UUID(i).hex for i in account_ids} if account_ids is not None else None
        for account_id, name, owner, sales, profit in rows:
            if wanted is not None and account_id not in wanted:
                continue
            c = CONTENT["zh" if has_cjk(name) else "en"]
            plan_id = uuid.uuid4()
            stamp = {"created_at": now, "updated_at": now}
            plans.append({"id": plan_id, "account_id": uuid.UUID(account_id), "period": period,
                          "owner": owner, "status": rng.choice(("draft", "final")),
                          "needs": c["needs"], "strategy": c["strategy"],
                          "value_proposition": c["value"], "review_cadence": c["cadence"],
                          **stamp})
            base = {"plan_id": plan_id, **stamp}
            for pos, (metric, text, unit, factor) in enumerate(c["objectives"]):
                current, target = {
                    "revenue": (round(sales or 0, -3), round((sales or 0) * (factor or 1), -3)),
                    "profit": (round(profit or 0, -3), round((profit or 0) * (factor or 1), -3)),
                    "share_of_wallet": (float(rng.randint(8, 30)), float(rng.randint(30, 45))),
                }.get(metric, (float(rng.randint(2, 4)), float(rng.randint(5, 7))) if pos == 3
                      else (float(rng.randint(-10, 30)), 40.0))
                children[PlanObjective].append({**base, "id": uuid.uuid4(), "position": pos,
                                                "metric": metric, "description": text,
                                                "unit": unit, "current_value": current,
                                                "target_value": target})
            pos = 0
            for quadrant, items in c["swot"].items():
                for text in items:
                    children[PlanSwotItem].append({**base, "id": uuid.uuid4(), "position": pos,
                                                   "quadrant": quadrant, "text": text})
                    pos += 1
            for pos, entry in enumerate(c["white_space"]):
                category, note = entry.split("：" if "：" in entry else ": ", 1)
                children[PlanWhiteSpace].append({**base, "id": uuid.uuid4(), "position": pos,
                                                 "product_category": category, "note": note})
            for pos in range(actions):
                what = c["actions"][pos % len(c["actions"])]
                if pos >= len(c["actions"]):
                    what = f"{what} ({pos // len(c['actions']) + 1})"
                children[PlanAction].append({
                    **base, "id": uuid.uuid4(), "position": pos, "what": what,
                    "owner": c["owners"][pos % len(c["owners"])],
                    "due_date": AS_OF + timedelta(days=20 * pos - 40),
                    "status": STATUSES[pos % len(STATUSES)]})
            for pos, (risk, mitigation) in enumerate(c["risks"]):
                children[PlanRisk].append({**base, "id": uuid.uuid4(), "position": pos,
                                           "risk": risk, "mitigation": mitigation})
        if plans:
            uow.session.execute(insert(AccountPlan), plans)
            for model, values in children.items():
                if values:
                    uow.session.execute(insert(model), values)
        uow.commit()
    return len(plans)


def build_demo(folder: Path, accounts: int) -> Database:
    db = open_database(folder / "bench.db")
    generate_demo(db, accounts=accounts, seed=42, as_of=AS_OF)
    ensure_builtin_policies(db)
    classify(db, "Balanced scorecard")
    seed_plans(db)
    return db


# --- timing ------------------------------------------------------------------------------------


def account_ids(db: Database, limit: int | None = None) -> list[str]:
    with db.unit_of_work() as uow:
        conn = uow.session.connection().connection.driver_connection
        sql = "SELECT id FROM accounts WHERE deleted_at IS NULL ORDER BY code"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [r[0] for r in conn.execute(sql)]


def time_singles(db: Database, ids: Sequence[str], lang: str
                 ) -> tuple[float, float, float, int]:
    """Median and 90th percentile wall seconds per plan, median CPU seconds, mean bytes."""
    options = PdfOptions(lang=lang)
    render_plan_pdf(db, ids[0], options=options)  # fonts and styles are made once per process
    times, cpu, sizes = [], [], []
    for account_id in ids:
        started, started_cpu = time.perf_counter(), time.process_time()
        data = render_plan_pdf(db, account_id, options=options)
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
        sizes.append(len(data))
    times.sort()
    return (statistics.median(times), times[int(0.9 * (len(times) - 1))],
            statistics.median(cpu), round(statistics.mean(sizes)))


def write_samples(db: Database, folder: Path) -> list[Path]:
    """The richest Chinese-named and English-named accounts, in their language."""
    folder.mkdir(parents=True, exist_ok=True)
    with db.unit_of_work() as uow:
        conn = uow.session.connection().connection.driver_connection
        rows = conn.execute(
            """SELECT a.id, a.name FROM accounts a
                WHERE a.deleted_at IS NULL AND a.status = 'active'
                ORDER BY (SELECT count(*) FROM contacts c WHERE c.account_id = a.id
                             AND c.deleted_at IS NULL AND c.active) BETWEEN 6 AND 9 DESC,
                         (SELECT count(*) FROM survey_responses s
                           WHERE s.account_id = a.id) DESC,
                         (SELECT total(amount) FROM sales_lines s
                           WHERE s.account_id = a.id) DESC""").fetchall()
    chosen = {"zh": next(i for i, n in rows if has_cjk(n)),
              "en": next(i for i, n in rows if not has_cjk(n))}
    out = []
    for lang, account_id in chosen.items():
        path = folder / f"account-plan-{lang}.pdf"
        path.write_bytes(render_plan_pdf(db, account_id, options=PdfOptions(lang=lang)))
        out.append(path)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing database (default: a fresh demo)")
    parser.add_argument("--accounts", type=int, default=500, help="demo size (default 500)")
    parser.add_argument("--singles", type=int, default=100, help="accounts timed one by one")
    parser.add_argument("--batch", type=int, default=500, help="plans in the batch runs")
    parser.add_argument("--samples", type=Path, help="also write the sample PDFs here")
    parser.add_argument("--samples-only", action="store_true", help="write them, time nothing")
    parser.add_argument("--profile", action="store_true", help="cProfile 50 single renders")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="kam-bench-pdf-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        if args.db:
            db = open_database(args.db)
            written = seed_plans(db)
            print(f"setup: {written} plans written into {args.db}")
        else:
            db = build_demo(folder, args.accounts)
            print(f"setup: demo of {args.accounts} accounts, classified, plans written "
                  f"({time.perf_counter() - started:.1f} s)")
        ids = account_ids(db)
        if args.samples:
            for path in write_samples(db, args.samples):
                print(f"sample: {path}")
            if args.samples_only:
                db.close()
                return 0
        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
            for account_id in ids[:50]:
                render_plan_pdf(db, account_id, options=PdfOptions(lang="zh"))
            profiler.disable()
            stream = io.StringIO()
            pstats.Stats(profiler, stream=stream).sort_stats("cumulative").print_stats(35)
            print(stream.getvalue())
        accelerated = bool(rl_accel._c_funcs)
        print(f"reportlab {reportlab.Version}, C accelerator (rl_accel) "
              f"{'present' if accelerated else 'absent: pip install rl-accel'}; "
              f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        for lang in ("en", "zh"):
            median, p90, cpu, size = time_singles(db, ids[:args.singles], lang)
            print(f"one plan ({lang}, A4), {min(args.singles, len(ids))} accounts: median "
                  f"{median * 1000:.1f} ms (CPU {cpu * 1000:.1f} ms), p90 {p90 * 1000:.1f} ms, "
                  f"{size / 1024:.0f} KiB")
        batch = ids[:args.batch]
        for merged in (False, True) if batch else ():
            out = folder / ("merged.pdf" if merged else "plans")
            started = time.perf_counter()
            result = export_plans(db, batch, out, merged=merged, options=PdfOptions(lang="zh"))
            elapsed = time.perf_counter() - started
            size = sum(p.stat().st_size for p in result.files)
            kind = "one merged file" if merged else "one file per account"
            print(f"batch of {result.count} ({kind}, zh): {elapsed:.1f} s, "
                  f"{elapsed / result.count * 1000:.1f} ms per plan, {size / 2**20:.1f} MiB")
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
