#!/usr/bin/env python3
"""Build the 专栏 TSV files from the seed text by line ranges (no value is typed by hand).
Cells are taken verbatim from the tab-split seed lines; only leading/trailing whitespace is stripped."""
import os, re, sys
SEED = '/work/shared/seed/000_1f2da2fdfec87964.txt'
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
L = open(SEED, encoding='utf-8').read().split('\n')
def line(n): return L[n-1]

def cells(n, ncols):
    c = [x.strip() for x in line(n).split('\t')]
    if len(c) > ncols:
        extra = c[ncols:]
        assert all(x == '' for x in extra), (n, c)
        c = c[:ncols]
    c += [''] * (ncols - len(c))
    return c

def write(name, header, rows):
    p = os.path.join(OUT, name)
    with open(p, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\t'.join(header) + '\n')
        for r in rows:
            assert len(r) == len(header), (name, r)
            for x in r: assert '\t' not in x and '\n' not in x
            f.write('\t'.join(r) + '\n')
    print(f'{name}: {len(rows)} data rows, {len(header)} cols')

def rng(a, b): return list(range(a, b+1))

def table(name, header_line_or_list, lines, ncols=None):
    if isinstance(header_line_or_list, int):
        ncols = ncols or len(line(header_line_or_list).rstrip('\t').split('\t'))
        header = cells(header_line_or_list, ncols)
    else:
        header = header_line_or_list; ncols = len(header)
    rows = [cells(n, ncols) for n in lines]
    write(name, header, rows)
    return header, rows

# 专栏1/2/7: no printed header row -> synthesized header (documented in NOTES.md)
table('zl01_natural_resources.tsv', ['项目', '内容'], rng(85, 94))
table('zl02_economy.tsv', ['项目', '内容'], rng(101, 106))
# 专栏3: "项目" is one merged header cell over 2 columns
table('zl03_geological_survey.tsv',
      ['项目/类别', '项目/细项', '累计完成面积 (万平方千米)', '占全区 比例 (%)', '备注'], rng(114, 128))
table('zl04_minerals.tsv', 134, rng(135, 145))
# 专栏5: page 1 (lines 151-166) + continuation with repeated header (lines 168-192)
assert cells(151, 5) == cells(169, 5)
table('zl05_mineral_resources.tsv', 151, rng(152, 166) + rng(170, 192))
# 专栏6: two-level header lines 197/198 (repeated with half-width brackets at 210/211)
h6 = ['序号', '矿种', '矿山数（个）/合计', '矿山数（个）/大型', '矿山数（个）/中型', '矿山数（个）/小型',
      '矿山数（个）/小矿', '从业人数 （人）', '矿石产量 （万吨）', '工业总产值 （万元）']
assert cells(197, 10)[2] == '矿山数（个）' and cells(198, 10)[2:7] == ['合计', '大型', '中型', '小型', '小矿']
assert cells(197, 10)[7:] == h6[7:]
table('zl06_mining_status.tsv', h6, rng(199, 204) + rng(212, 236))
table('zl07_achievements.tsv', ['项目', '内容'], rng(243, 245))
table('zl08_survey_indicators.tsv', 250, rng(251, 254))
table('zl09_new_reserves.tsv', 259, rng(260, 266) + rng(273, 294), ncols=5)
table('zl10_demand_analysis.tsv', 331, rng(332, 337))
table('zl11_survey_targets.tsv', 381, rng(382, 389))
table('zl12_exploration_targets.tsv', 397, rng(398, 411), ncols=5)
table('zl13_production_targets.tsv', 418, rng(419, 429), ncols=5)
table('zl14_mine_structure_targets.tsv', 434, rng(435, 437), ncols=5)
# 专栏15: "规划体系名称" spans 2 columns (tier + unit name); printed header line 478 has only 3 labels
table('zl15_layout.tsv', ['规划体系名称/层级', '规划体系名称/名称', '主要资源依托', '发展方向'], rng(479, 486))
table('zl17_exploration_blocks_by_county.tsv', 520, rng(521, 528), ncols=3)
table('zl18_mining_blocks_by_county.tsv', 541, rng(542, 549), ncols=3)
h19 = ['矿种', '2020 年末现状/矿山数', '2020 年末现状/年开采总量 (万立方米)', '2025 年末调控目标/矿山数',
       '2025 年末调控目标/年开采总量 (万立方米)', '指标类型']
assert cells(566, 6)[:4] == ['矿种', '2020 年末现状', '', '2025 年末调控目标']
assert cells(567, 6) == ['', '矿山数', '年开采总量 (万立方米)', '矿山数', '年开采总量 (万立方米)', '指标类型']
table('zl19_sand_gravel_clay_totals.tsv', h19, rng(568, 570))
# 专栏20: printed heading says "专栏 18" (line 578)
table('zl20_concentrated_areas.tsv', 579, rng(580, 587), ncols=5)
table('zl21_min_mining_scale.tsv', 646, rng(647, 671), ncols=8)
assert cells(688, 6) == cells(699, 6)
table('zl22_env_zones.tsv', 688, rng(689, 693) + [700], ncols=6)
table('zl23_abandoned_pits.tsv', 708, rng(709, 730), ncols=4)
table('zl24_geo_survey_projects.tsv', 751, rng(752, 758), ncols=3)
table('zl25_evaluation_projects.tsv', 761, rng(762, 765), ncols=3)
table('zl26_processing_bases.tsv', 776, rng(777, 783), ncols=5)

# ---- derived: 专栏4 one mineral per row
rows = []; tot = 0
for n in rng(135, 145):
    cat, lst, num = cells(n, 3)
    items = lst.split('、')
    counted = cat != '优势矿种'
    for i, m in enumerate(items, 1):
        if counted: tot += 1
        rows.append([cat, m, str(i), str(tot) if counted else '', 'yes' if counted else 'no', num, str(n)])
write('zl04_minerals_list.tsv',
      ['类别', '矿种', '类内序号', '总序号', 'counted_in_catalogue', '类别数目(印刷)', 'seed_line'], rows)

# ---- derived: 专栏17/18 矿种 cell split into items (printed order, not pivoted)
def items(name, lines):
    out = []
    for n in lines:
        c = cells(n, 3)
        if not c[2]: continue
        parts = [p for p in re.split('[，、]', c[2]) if p.strip()]
        for i, p in enumerate(parts, 1):
            m = re.fullmatch(r'\s*(.+?)\s*(\d+)\s*(个|处)\s*', p)
            assert m, (n, p)
            out.append([c[0], str(i), m.group(1), m.group(2), m.group(3), str(n)])
    write(name, ['行政区', '项序号', '矿种', '数量', '量词', 'seed_line'], out)
items('zl17_exploration_blocks_items.tsv', rng(521, 528))
items('zl18_mining_blocks_items.tsv', rng(542, 549))
