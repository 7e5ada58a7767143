"""Word lists and name material for the demo portfolio (`services.demo`).

Plain data only, so that the generator reads as an algorithm and this file as a phrase book.
Every list is a tuple: the generator indexes them with numpy arrays, and their order is part of
the demo's determinism (reordering an entry changes the data a seed produces).

Chinese text follows what users see in their ERP exports; English accounts are foreign-invested
companies in China, so their addresses and phone numbers are Chinese too.
"""

from __future__ import annotations

# --- Geography -------------------------------------------------------------------------------
# (region, relative weight, cities as (Chinese, English, area code))
REGIONS: tuple[tuple[str, float, tuple[tuple[str, str, str], ...]], ...] = (
    ("华东", 0.34, (
        ("上海", "Shanghai", "021"), ("南京", "Nanjing", "025"), ("苏州", "Suzhou", "0512"),
        ("杭州", "Hangzhou", "0571"), ("宁波", "Ningbo", "0574"), ("无锡", "Wuxi", "0510"),
        ("合肥", "Hefei", "0551"), ("济南", "Jinan", "0531"), ("青岛", "Qingdao", "0532"),
        ("厦门", "Xiamen", "0592"), ("福州", "Fuzhou", "0591"), ("常州", "Changzhou", "0519"),
    )),
    ("华南", 0.20, (
        ("广州", "Guangzhou", "020"), ("深圳", "Shenzhen", "0755"), ("东莞", "Dongguan", "0769"),
        ("佛山", "Foshan", "0757"), ("珠海", "Zhuhai", "0756"), ("南宁", "Nanning", "0771"),
        ("海口", "Haikou", "0898"),
    )),
    ("华北", 0.15, (
        ("北京", "Beijing", "010"), ("天津", "Tianjin", "022"), ("石家庄", "Shijiazhuang", "0311"),
        ("太原", "Taiyuan", "0351"), ("唐山", "Tangshan", "0315"), ("呼和浩特", "Hohhot", "0471"),
    )),
    ("华中", 0.11, (
        ("武汉", "Wuhan", "027"), ("长沙", "Changsha", "0731"), ("郑州", "Zhengzhou", "0371"),
        ("洛阳", "Luoyang", "0379"), ("襄阳", "Xiangyang", "0710"), ("株洲", "Zhuzhou", "0731"),
    )),
    ("西南", 0.10, (
        ("成都", "Chengdu", "028"), ("重庆", "Chongqing", "023"), ("昆明", "Kunming", "0871"),
        ("贵阳", "Guiyang", "0851"), ("绵阳", "Mianyang", "0816"),
    )),
    ("西北", 0.05, (
        ("西安", "Xi'an", "029"), ("兰州", "Lanzhou", "0931"), ("银川", "Yinchuan", "0951"),
        ("乌鲁木齐", "Urumqi", "0991"),
    )),
    ("东北", 0.05, (
        ("沈阳", "Shenyang", "024"), ("大连", "Dalian", "0411"), ("长春", "Changchun", "0431"),
        ("哈尔滨", "Harbin", "0451"),
    )),
)

# Streets for addresses: (Chinese, English).
ROADS: tuple[tuple[str, str], ...] = (
    ("人民路", "Renmin Road"), ("建设路", "Jianshe Road"), ("解放路", "Jiefang Road"),
    ("中山路", "Zhongshan Road"), ("科技路", "Keji Road"), ("工业园路", "Industrial Park Road"),
    ("高新大道", "Gaoxin Avenue"), ("长江路", "Changjiang Road"), ("黄河路", "Huanghe Road"),
    ("创新大道", "Chuangxin Avenue"), ("东方路", "Dongfang Road"), ("滨江大道", "Binjiang Avenue"),
    ("开发区大道", "Development Zone Avenue"), ("金桥路", "Jinqiao Road"),
    ("星湖街", "Xinghu Street"), ("经济技术开发区环路", "ETDZ Ring Road"),
)

# Account managers, assigned by region (index into REGIONS).
OWNERS: tuple[str, ...] = (
    "王志强", "李晓燕", "陈建国", "刘婷", "张伟", "赵敏", "孙浩然", "周丽华", "吴磊", "郑洁",
)
OWNERS_BY_REGION: tuple[tuple[int, ...], ...] = (
    (0, 1, 2), (3, 4), (5, 6), (7,), (8,), (9,), (9,),
)

# --- Industries --------------------------------------------------------------------------------
# (ERP label, weight, Chinese name words, English name words, domain slug,
#  revenue per employee in CNY, typical net margin)
INDUSTRIES: tuple[tuple[str, float, tuple[str, ...], tuple[str, ...], str, float, float], ...] = (
    ("制造业", 0.17, ("机械", "精密机械", "装备", "重工", "机电"),
     ("Machinery", "Engineering", "Industries", "Manufacturing"), "machinery", 800_000, 0.06),
    ("汽车零部件", 0.11, ("汽车零部件", "汽车配件", "汽车部件", "车业"),
     ("Automotive", "Auto Parts", "Drivetrain Systems"), "auto", 1_200_000, 0.05),
    ("电子", 0.11, ("电子", "电子科技", "微电子", "光电"),
     ("Electronics", "Microsystems", "Semiconductors"), "elec", 1_000_000, 0.07),
    ("医药", 0.07, ("医药", "生物医药", "制药", "药业"),
     ("Pharma", "Life Sciences", "Biotech", "Healthcare"), "pharma", 1_500_000, 0.14),
    ("化工", 0.08, ("化工", "新材料", "化学", "塑胶"),
     ("Chemicals", "Materials", "Polymers"), "chem", 2_000_000, 0.08),
    ("食品饮料", 0.08, ("食品", "饮料", "乳业", "食品科技"),
     ("Foods", "Beverages", "Nutrition"), "foods", 1_200_000, 0.07),
    ("零售", 0.06, ("商贸", "百货", "商业连锁", "超市"),
     ("Retail", "Trading", "Stores"), "retail", 900_000, 0.03),
    ("物流", 0.07, ("物流", "供应链", "国际货运", "仓储"),
     ("Logistics", "Freight", "Supply Chain"), "logistics", 700_000, 0.04),
    ("金融", 0.03, ("融资租赁", "投资", "金融服务", "保险经纪"),
     ("Capital", "Financial Services", "Leasing"), "capital", 3_000_000, 0.18),
    ("能源", 0.07, ("能源", "新能源", "电力", "光伏"),
     ("Energy", "Power", "Renewables", "Solar"), "energy", 2_500_000, 0.09),
    ("建筑", 0.06, ("建设", "建工", "建筑工程", "建材"),
     ("Construction", "Building Systems", "Infrastructure"), "build", 1_100_000, 0.04),
    ("信息技术", 0.09, ("信息技术", "软件", "网络科技", "数据科技", "智能科技"),
     ("Technologies", "Software", "Digital", "Systems"), "tech", 800_000, 0.10),
)

# Segments by head count: (label, employees from).
SEGMENTS: tuple[tuple[str, int], ...] = (("小型企业", 0), ("中型企业", 100), ("大型企业", 1000))

# --- Company names -----------------------------------------------------------------------------
# Chinese trade names (字号) are two characters, made from this list: (character, pinyin).
BRAND_CHARS: tuple[tuple[str, str], ...] = (
    ("华", "hua"), ("恒", "heng"), ("中", "zhong"), ("鑫", "xin"), ("盛", "sheng"),
    ("宏", "hong"), ("永", "yong"), ("金", "jin"), ("东", "dong"), ("新", "xin"),
    ("正", "zheng"), ("天", "tian"), ("瑞", "rui"), ("远", "yuan"), ("博", "bo"),
    ("凯", "kai"), ("明", "ming"), ("海", "hai"), ("联", "lian"), ("嘉", "jia"),
    ("泰", "tai"), ("德", "de"), ("信", "xin"), ("安", "an"), ("美", "mei"),
    ("力", "li"), ("长", "chang"), ("兴", "xing"), ("佳", "jia"), ("科", "ke"),
    ("亿", "yi"), ("利", "li"), ("通", "tong"), ("达", "da"), ("宇", "yu"),
    ("创", "chuang"), ("汇", "hui"), ("富", "fu"), ("康", "kang"), ("融", "rong"),
    ("立", "li"), ("启", "qi"), ("卓", "zhuo"), ("星", "xing"), ("腾", "teng"),
    ("鼎", "ding"), ("诚", "cheng"), ("昌", "chang"), ("拓", "tuo"), ("航", "hang"),
)
# (suffix, weight for small/medium companies, weight for large ones)
CN_SUFFIXES: tuple[tuple[str, float, float], ...] = (
    ("有限公司", 0.75, 0.30), ("股份有限公司", 0.20, 0.40), ("集团有限公司", 0.05, 0.30),
)

EN_BRAND_WORDS: tuple[str, ...] = (
    "Apex", "Meridian", "Orion", "Vantage", "Zenith", "Atlas", "Vertex", "Polaris", "Helix",
    "Quantum", "Sterling", "Pinnacle", "Horizon", "Keystone", "Cobalt", "Titan", "Nexus",
    "Vector", "Aurora", "Lumen", "Solara", "Kestrel", "Falcon", "Granite", "Corvus",
)
EN_BRAND_HEADS: tuple[str, ...] = (
    "Nord", "Blue", "Silver", "Green", "Stone", "Iron", "North", "East", "West", "Sun",
    "Star", "Bright", "Clear", "High", "Ever", "Crown", "Golden", "Red", "Oak", "Pine",
    "River", "Lake", "Harbor", "Alp", "Terra", "Nova", "Vita", "Aero", "Rhein", "Elb",
)
EN_BRAND_TAILS: tuple[str, ...] = (
    "wind", "stone", "line", "field", "bridge", "way", "point", "gate", "ridge", "crest",
    "view", "core", "wood", "port", "mark", "well", "vale", "ford", "brook", "tec",
)
# "{city}" is replaced by the account's city in English.
EN_SUFFIXES: tuple[tuple[str, float], ...] = (
    ("GmbH", 0.14), ("Ltd", 0.14), ("Inc.", 0.10), ("AG", 0.06), ("B.V.", 0.05), ("S.A.", 0.04),
    ("Pte. Ltd.", 0.05), ("Co., Ltd.", 0.12), ("(China) Co., Ltd.", 0.12),
    ("({city}) Co., Ltd.", 0.18),
)

# --- People ------------------------------------------------------------------------------------
# (surname, pinyin, weight)
SURNAMES: tuple[tuple[str, str, float], ...] = (
    ("王", "wang", 7.1), ("李", "li", 7.0), ("张", "zhang", 6.7), ("刘", "liu", 5.4),
    ("陈", "chen", 4.5), ("杨", "yang", 3.1), ("黄", "huang", 2.2), ("赵", "zhao", 2.0),
    ("吴", "wu", 2.0), ("周", "zhou", 1.9), ("徐", "xu", 1.5), ("孙", "sun", 1.5),
    ("马", "ma", 1.4), ("朱", "zhu", 1.3), ("胡", "hu", 1.3), ("郭", "guo", 1.2),
    ("何", "he", 1.2), ("高", "gao", 1.1), ("林", "lin", 1.1), ("罗", "luo", 0.9),
    ("郑", "zheng", 0.9), ("梁", "liang", 0.9), ("谢", "xie", 0.8), ("宋", "song", 0.7),
    ("唐", "tang", 0.7), ("许", "xu", 0.7), ("韩", "han", 0.7), ("冯", "feng", 0.6),
    ("邓", "deng", 0.6), ("曹", "cao", 0.6), ("彭", "peng", 0.6), ("曾", "zeng", 0.5),
    ("肖", "xiao", 0.5), ("田", "tian", 0.5), ("董", "dong", 0.5), ("潘", "pan", 0.4),
    ("袁", "yuan", 0.4), ("蔡", "cai", 0.4), ("蒋", "jiang", 0.4), ("余", "yu", 0.4),
)
GIVEN_CHARS: tuple[tuple[str, str], ...] = (
    ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"),
    ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"),
    ("艳", "yan"), ("杰", "jie"), ("娟", "juan"), ("涛", "tao"), ("明", "ming"),
    ("超", "chao"), ("秀", "xiu"), ("霞", "xia"), ("平", "ping"), ("刚", "gang"),
    ("英", "ying"), ("华", "hua"), ("建", "jian"), ("国", "guo"), ("文", "wen"),
    ("辉", "hui"), ("鹏", "peng"), ("宇", "yu"), ("浩", "hao"), ("晨", "chen"),
    ("欣", "xin"), ("婷", "ting"), ("雪", "xue"), ("琳", "lin"), ("佳", "jia"),
    ("志", "zhi"), ("海", "hai"), ("峰", "feng"), ("斌", "bin"), ("波", "bo"),
    ("晓", "xiao"), ("红", "hong"), ("玲", "ling"), ("燕", "yan"), ("慧", "hui"),
    ("俊", "jun"), ("凯", "kai"), ("东", "dong"), ("振", "zhen"), ("立", "li"),
    ("思", "si"), ("雨", "yu"), ("梦", "meng"), ("子", "zi"), ("博", "bo"),
    ("嘉", "jia"), ("睿", "rui"), ("春", "chun"), ("亮", "liang"),
)
# (display, ASCII for e-mail addresses)
EN_FIRST_NAMES: tuple[tuple[str, str], ...] = (
    ("James", "james"), ("Michael", "michael"), ("David", "david"), ("Robert", "robert"),
    ("Thomas", "thomas"), ("Daniel", "daniel"), ("Peter", "peter"), ("Mark", "mark"),
    ("Andrew", "andrew"), ("Stefan", "stefan"), ("Lukas", "lukas"), ("Jan", "jan"),
    ("Marco", "marco"), ("Pierre", "pierre"), ("Anna", "anna"), ("Maria", "maria"),
    ("Laura", "laura"), ("Sarah", "sarah"), ("Emma", "emma"), ("Julia", "julia"),
    ("Sophie", "sophie"), ("Claire", "claire"), ("Elena", "elena"), ("Katrin", "katrin"),
    ("Linda", "linda"), ("Helen", "helen"), ("Grace", "grace"), ("Kevin", "kevin"),
    ("Eric", "eric"), ("Jason", "jason"), ("Vivian", "vivian"), ("Cindy", "cindy"),
    ("Tony", "tony"), ("Frank", "frank"), ("Oliver", "oliver"), ("Henrik", "henrik"),
    ("Lars", "lars"), ("Nina", "nina"), ("Chloé", "chloe"), ("Jürgen", "juergen"),
)
EN_LAST_NAMES: tuple[tuple[str, str], ...] = (
    ("Müller", "mueller"), ("Schmidt", "schmidt"), ("Fischer", "fischer"), ("Weber", "weber"),
    ("Becker", "becker"), ("Wagner", "wagner"), ("Hoffmann", "hoffmann"), ("Smith", "smith"),
    ("Johnson", "johnson"), ("Brown", "brown"), ("Taylor", "taylor"), ("Wilson", "wilson"),
    ("Clarke", "clarke"), ("Martin", "martin"), ("Bernard", "bernard"), ("Dubois", "dubois"),
    ("Rossi", "rossi"), ("Bianchi", "bianchi"), ("Jansen", "jansen"), ("de Vries", "devries"),
    ("Andersson", "andersson"), ("Nilsson", "nilsson"), ("Larsen", "larsen"), ("Novak", "novak"),
    ("Kowalski", "kowalski"), ("Tanaka", "tanaka"), ("Suzuki", "suzuki"), ("Kim", "kim"),
    ("Park", "park"), ("Chen", "chen"), ("Wang", "wang"), ("Li", "li"), ("Zhang", "zhang"),
    ("Liu", "liu"), ("Lim", "lim"), ("Tan", "tan"), ("Wong", "wong"), ("Lee", "lee"),
)
MOBILE_PREFIXES: tuple[str, ...] = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
    "155", "156", "158", "159", "177", "180", "181", "185", "186", "187", "188", "189", "199",
)

# Titles and departments per buying-center role, in `BuyingRole` order:
# decision_maker, economic_buyer, technical_evaluator, user, influencer, gatekeeper, champion.
TITLES_ZH: tuple[tuple[tuple[str, str], ...], ...] = (
    (("总经理", "总经办"), ("副总经理", "总经办"), ("董事长", "董事会"), ("运营副总裁", "运营中心"),
     ("厂长", "生产中心")),
    (("采购总监", "采购部"), ("采购经理", "采购部"), ("财务总监", "财务部"),
     ("供应链总监", "供应链管理部")),
    (("技术总监", "技术部"), ("研发经理", "研发中心"), ("质量经理", "质量部"),
     ("高级工程师", "工程部"), ("设备经理", "设备部")),
    (("生产经理", "生产部"), ("车间主任", "制造部"), ("设备主管", "设备部"), ("运营经理", "运营部"),
     ("仓储主管", "物流部")),
    (("项目经理", "项目管理部"), ("信息化经理", "信息技术部"), ("总工程师", "技术中心"),
     ("副总经理", "总经办")),
    (("采购专员", "采购部"), ("总经理助理", "总经办"), ("行政主管", "行政部"),
     ("采购助理", "采购部")),
    (("设备科长", "设备部"), ("技术经理", "技术部"), ("项目主管", "项目管理部"),
     ("采购主管", "采购部")),
)
TITLES_EN: tuple[tuple[tuple[str, str], ...], ...] = (
    (("General Manager", "Management"), ("Managing Director", "Management"),
     ("CEO", "Executive Board"), ("VP Operations", "Operations"),
     ("Plant Director", "Plant Management")),
    (("Procurement Director", "Procurement"), ("Purchasing Manager", "Procurement"),
     ("CFO", "Finance"), ("Head of Supply Chain", "Supply Chain")),
    (("CTO", "Engineering"), ("R&D Manager", "R&D"), ("Quality Manager", "Quality"),
     ("Senior Engineer", "Engineering"), ("Maintenance Manager", "Maintenance")),
    (("Production Manager", "Production"), ("Shift Supervisor", "Production"),
     ("Maintenance Supervisor", "Maintenance"), ("Operations Manager", "Operations"),
     ("Warehouse Supervisor", "Logistics")),
    (("Project Manager", "PMO"), ("IT Manager", "IT"), ("Chief Engineer", "Engineering"),
     ("Deputy General Manager", "Management")),
    (("Buyer", "Procurement"), ("Executive Assistant", "Management"),
     ("Office Manager", "Administration"), ("Purchasing Assistant", "Procurement")),
    (("Maintenance Lead", "Maintenance"), ("Engineering Manager", "Engineering"),
     ("Project Lead", "PMO"), ("Senior Buyer", "Procurement")),
)

# --- What we sell ------------------------------------------------------------------------------
# The demo company is an industrial automation and MRO supplier; its ERP names products in
# Chinese for every customer. (category, code prefix, cost ratio, weight for small accounts,
# weight for large accounts, products as (name, list price in CNY))
CATALOGUE: tuple[tuple[str, str, float, float, float, tuple[tuple[str, float], ...]], ...] = (
    ("工业自动化", "AUT", 0.68, 1.0, 1.0, (
        ("PLC控制器 S200", 3_800), ("PLC扩展模块 EM8", 1_250), ("触摸屏 HMI 7寸", 2_600),
        ("触摸屏 HMI 10寸", 4_200), ("变频器 2.2kW", 2_150), ("变频器 7.5kW", 5_600),
        ("工业以太网交换机 8口", 1_980),
    )),
    ("运动控制", "MOT", 0.66, 0.8, 1.0, (
        ("伺服电机 400W", 2_300), ("伺服电机 750W", 3_100), ("伺服驱动器 750W", 2_900),
        ("步进电机 57型", 320), ("行星减速机 PL90", 1_450), ("直线模组 KK60", 4_800),
    )),
    ("传感器", "SEN", 0.58, 1.0, 0.9, (
        ("光电传感器 E3Z", 180), ("电感式接近开关 M18", 95), ("压力变送器 0-10bar", 1_350),
        ("温度变送器 PT100", 860), ("激光测距传感器", 3_200), ("视觉传感器 VS-20", 12_800),
        ("电磁流量计 DN50", 6_500),
    )),
    ("电气元件", "ELE", 0.72, 1.2, 0.8, (
        ("交流接触器 25A", 260), ("断路器 3P 63A", 185), ("中间继电器 24VDC", 48),
        ("开关电源 24V 10A", 420), ("接线端子排 (100只)", 120), ("控制电缆 RVV 4x1.5 (100米)", 850),
        ("低压控制柜", 18_000),
    )),
    ("气动液压", "PNH", 0.64, 0.9, 0.7, (
        ("标准气缸 SC63", 380), ("电磁阀 4V210", 260), ("气源处理器 AFR2000", 310),
        ("液压泵站 7.5kW", 7_800), ("液压阀组", 5_200), ("PU气管 (100米)", 150),
    )),
    ("工业软件", "SWL", 0.30, 0.05, 0.8, (
        ("MES系统 许可", 180_000), ("SCADA 软件许可", 45_000), ("设备管理系统 年费", 36_000),
        ("数据采集网关", 6_800), ("能源管理系统", 88_000),
    )),
    ("备品备件", "SPR", 0.55, 1.2, 0.8, (
        ("深沟球轴承 6205", 45), ("同步带 HTD 5M", 120), ("密封件套装", 260),
        ("增量编码器 1024线", 980), ("柜用风扇滤网", 65), ("保险丝 10A (10只)", 38),
    )),
    ("技术服务", "SRV", 0.40, 0.3, 1.0, (
        ("安装调试服务 (人天)", 2_400), ("年度维保合同", 48_000), ("操作培训 (人天)", 3_000),
        ("设备改造项目", 120_000), ("远程技术支持 年费", 12_000), ("备件寄售服务", 15_000),
    )),
)
CATEGORY_EN: tuple[str, ...] = (
    "industrial automation", "motion control", "sensors", "electrical components",
    "pneumatics and hydraulics", "industrial software", "spare parts", "technical services",
)

# --- Visits ------------------------------------------------------------------------------------
# One entry per purpose: (purpose, summaries, outcomes, next steps), Chinese and English in
# parallel. "{cat}" is a product category the account buys. The last purpose is for events.
# Outcomes and next steps are pairs: a visit gets the next steps that follow its outcome.
VISIT_TEXTS_ZH: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    ("季度业务回顾",
     ("回顾本季度订单与交付情况，客户对{cat}的供货稳定性总体满意。",
      "与客户一起复盘季度采购数据，讨论下季度{cat}需求预测。"),
     ("确认下季度预计采购量，客户希望缩短交期。", "双方对合作现状满意，客户提出价格年降要求。"),
     ("内部评估交期改善方案，两周内反馈。", "整理季度回顾纪要并发送客户；跟进下季度预测。")),
    ("新产品介绍",
     ("向客户介绍{cat}新品及应用案例，技术部门参与讨论。",
      "演示{cat}新方案，客户关注节能和维护成本。"),
     ("客户对新品感兴趣，要求提供样品测试。", "客户需要内部评估，暂无明确采购计划。"),
     ("安排样品寄送并约定测试时间。", "发送产品资料和报价单。")),
    ("技术交流",
     ("与客户工程团队交流{cat}选型和现场应用问题。",
      "现场查看设备运行情况，讨论{cat}改造方案。"),
     ("明确技术要求，客户认可我方方案方向。", "发现两处现场问题，需要技术支持介入。"),
     ("技术部出具方案建议书。", "安排应用工程师下周到现场支持。")),
    ("商务谈判",
     ("就年度{cat}采购价格和付款条件进行谈判。", "讨论批量采购折扣和交付计划。"),
     ("价格基本达成一致，付款条件待确认。", "客户要求再降价3%，需内部审批。"),
     ("与财务确认付款账期可行性。", "提交特价申请，准备合同草案。")),
    ("年度框架协议续签",
     ("沟通明年框架协议条款，涉及{cat}及服务内容。", "回顾本年度协议执行情况并讨论续签。"),
     ("客户原则同意续签，合同金额较上年有所增长。", "续签条款基本确认，等待客户法务审核。"),
     ("发送协议文本，跟进签署流程。", "准备续签所需资质文件。")),
    ("质量问题处理",
     ("客户反馈一批{cat}产品出现质量问题，现场确认问题范围。", "跟进上月质量投诉的整改进展。"),
     ("确认为批次问题，同意退换货处理。", "整改措施得到客户认可，问题关闭。"),
     ("质量部出具8D报告。", "安排补货并持续跟踪使用情况。")),
    ("高层拜访",
     ("陪同公司领导拜访客户高层，交流双方战略合作方向。", "与客户管理层讨论未来三年合作规划。"),
     ("双方同意建立定期高层沟通机制。", "客户希望在{cat}方面开展联合开发。"),
     ("整理会谈纪要，制定联合行动计划。", "安排双方技术团队对接会。")),
    ("客户满意度回访",
     ("回访客户对近期交付和服务的评价。", "电话了解客户对售后响应速度的意见。"),
     ("客户总体满意，对响应速度提出改进建议。", "客户对交付及时性有抱怨，需要改进。"),
     ("反馈意见至服务部门。", "一个月后再次回访确认改善效果。")),
    ("回款沟通",
     ("沟通逾期应收款项的付款安排。", "与客户财务核对对账单，确认未付发票。"),
     ("客户承诺本月底前支付部分款项。", "对账无差异，客户将按计划付款。"),
     ("月底跟进到账情况。", "发送对账确认函。")),
    ("项目启动会",
     ("参加客户{cat}项目启动会，明确项目范围和时间节点。", "项目团队与客户对接实施计划。"),
     ("项目计划获得客户确认。", "客户指定项目负责人，里程碑已确认。"),
     ("按计划提交第一阶段交付物。", "每周召开项目例会。")),
    ("展会交流",
     ("在展会上与客户交流行业趋势和{cat}新品。", "邀请客户参加我司客户日活动并参观产线。"),
     ("客户对新技术方向表示关注。", "加深了关系，客户推荐了新的联系人。"),
     ("会后发送展会资料。", "约定会后上门拜访时间。")),
)
VISIT_TEXTS_EN: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    ("Quarterly business review",
     ("Reviewed this quarter's orders and deliveries; the customer is satisfied overall with "
      "{cat} supply.",
      "Went through the quarter's purchasing data and the {cat} forecast for next quarter."),
     ("Next quarter's volume confirmed; customer wants shorter lead times.",
      "Both sides happy with the cooperation; customer asked for the annual price reduction."),
     ("Assess lead-time options internally and reply within two weeks.",
      "Send the review minutes; follow up on the forecast.")),
    ("New product presentation",
     ("Presented new {cat} products and reference cases to the engineering team.",
      "Demonstrated the new {cat} solution; energy saving and maintenance cost were the focus."),
     ("Customer interested and asked for samples to test.",
      "Customer needs an internal evaluation; no purchase planned yet."),
     ("Ship samples and agree on a test date.", "Send brochures and a quotation.")),
    ("Technical workshop",
     ("Discussed {cat} selection and on-site application issues with the engineers.",
      "Walked the shop floor and discussed retrofit options in {cat}."),
     ("Requirements clarified; the customer supports our approach.",
      "Two issues found on site that need application support."),
     ("Engineering to prepare a proposal.", "Application engineer on site next week.")),
    ("Commercial negotiation",
     ("Negotiated annual {cat} prices and payment terms.",
      "Discussed volume discounts and the delivery schedule."),
     ("Prices broadly agreed; payment terms still open.",
      "Customer wants another 3% off; needs internal approval."),
     ("Check the payment terms with Finance.",
      "File a special-price request and draft the contract.")),
    ("Framework agreement renewal",
     ("Went through next year's framework agreement, covering {cat} and after-sales support.",
      "Reviewed this year's agreement and discussed the renewal."),
     ("Renewal agreed in principle, with a higher volume than last year.",
      "Terms settled; waiting for the customer's legal review."),
     ("Send the agreement and follow the signing.", "Prepare the certificates for the renewal.")),
    ("Quality issue follow-up",
     ("Customer reported a quality problem with a recent {cat} delivery; checked the scope "
      "on site.",
      "Followed up on last month's complaint and the corrective actions."),
     ("Confirmed as a batch issue; replacement agreed.",
      "Corrective actions accepted by the customer; issue closed."),
     ("Quality to issue an 8D report.", "Ship replacements and monitor the parts in use.")),
    ("Executive visit",
     ("Accompanied our management to meet the customer's executives on strategic cooperation.",
      "Discussed a three-year cooperation plan with the management team."),
     ("Agreed on regular executive meetings.", "Customer proposes joint development in {cat}."),
     ("Write up the minutes and a joint action plan.",
      "Set up a meeting of both technical teams.")),
    ("Satisfaction follow-up",
     ("Asked how the customer rates recent deliveries and service.",
      "Called about after-sales response times."),
     ("Satisfied overall; suggests faster responses.",
      "Complaints about late deliveries; needs improvement."),
     ("Pass the feedback to the service team.", "Call again in a month to check the improvement.")),
    ("Payment follow-up",
     ("Discussed a payment plan for the overdue invoices.",
      "Reconciled the statement with the customer's finance team."),
     ("Customer promises a part payment by the end of the month.",
      "Statement reconciled; payment will follow the schedule."),
     ("Check receipt at month end.", "Send the reconciliation confirmation.")),
    ("Project kick-off",
     ("Attended the kick-off of the customer's {cat} project; scope and milestones agreed.",
      "Project teams aligned the implementation plan."),
     ("Project plan confirmed by the customer.", "Customer named a project lead; milestones set."),
     ("Deliver phase one as planned.", "Weekly project meetings.")),
    ("Trade fair meeting",
     ("Met the customer at the fair to talk about trends and new {cat} products.",
      "Invited the customer to our customer day and a factory tour."),
     ("Customer interested in the new technology.",
      "Relationship deepened; customer introduced a new contact."),
     ("Send the fair material.", "Agree a date for a follow-up visit.")),
)
VISIT_CANCELLED_ZH = "客户临时调整日程，拜访取消，待重新约定时间。"
VISIT_CANCELLED_EN = "Customer rescheduled at short notice; visit cancelled, new date to be agreed."
EVENTS_ZH: tuple[str, ...] = (
    "上海·中国国际工业博览会", "深圳·高交会", "广州·华南国际工业自动化展", "公司年度客户大会",
    "客户技术交流日",
)
EVENTS_EN: tuple[str, ...] = (
    "China International Industry Fair, Shanghai", "Hannover Messe", "Customer Day",
    "Automation Expo Shenzhen", "Annual Partner Summit",
)
VIDEO_TOOLS: tuple[str, ...] = ("腾讯会议", "Microsoft Teams", "Zoom", "钉钉视频会议")

# --- Surveys -----------------------------------------------------------------------------------
SURVEY_PROMOTER_ZH: tuple[str, ...] = (
    "产品质量稳定，服务响应及时，会继续合作。", "技术支持很专业，解决问题效率高。",
    "交付准时，沟通顺畅，愿意推荐给同行。", "整体很满意，希望在新项目上深入合作。",
)
SURVEY_PASSIVE_ZH: tuple[str, ...] = (
    "整体还可以，部分产品交期偏长。", "服务不错，价格希望更有竞争力。",
    "产品质量满意，售后响应可以再快一些。", "合作正常，希望多提供技术培训。",
)
SURVEY_PROMOTER_EN: tuple[str, ...] = (
    "Reliable quality and quick service; we will keep working together.",
    "Very professional technical support, issues solved fast.",
    "On-time delivery and good communication; would recommend.",
    "Very satisfied overall; keen to cooperate on new projects.",
)
SURVEY_PASSIVE_EN: tuple[str, ...] = (
    "Fine overall, but some lead times are long.", "Good service; prices could be sharper.",
    "Happy with quality; after-sales could respond faster.",
    "Normal cooperation; more technical training would help.",
)
# Detractor comments by the lowest-scoring dimension, in `SURVEY_DIMENSIONS` order:
# quality, delivery, service, price, communication.
SURVEY_DETRACTOR_ZH: tuple[tuple[str, ...], ...] = (
    ("近期批次质量不稳定，影响了我们的生产。", "质量问题反复出现，整改不到位。"),
    ("交货经常延迟，多次影响产线排产。", "交期承诺不可靠，需要尽快改善。"),
    ("售后响应太慢，现场问题拖了一周才解决。", "服务人员不够专业，问题没有根本解决。"),
    ("价格明显高于其他供应商，正在考虑替代方案。", "今年涨价幅度太大，难以接受。"),
    ("对接人员变动频繁，沟通效率低。", "信息反馈不及时，很多事情要反复催促。"),
)
SURVEY_DETRACTOR_EN: tuple[tuple[str, ...], ...] = (
    ("Recent batches were inconsistent and hurt our production.",
     "Quality problems keep coming back; corrective actions fall short."),
    ("Deliveries are often late and disrupted our schedule.",
     "Delivery promises are unreliable; this must improve quickly."),
    ("After-sales is too slow; an on-site issue took a week to fix.",
     "Service staff lack expertise; root causes are not fixed."),
    ("Clearly more expensive than other suppliers; we are looking at alternatives.",
     "This year's price increase is hard to accept."),
    ("Our contacts change too often; communication is inefficient.",
     "Slow feedback; we have to chase everything several times."),
)
