#!/usr/bin/env python3
"""Recompute totals/cross-checks from the transcribed TSVs (values are never modified)."""
import csv, os, re, collections
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def T(name):
    with open(os.path.join(D, name), encoding='utf-8') as f:
        r = list(csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE))
    return r[0], r[1:]
def num(s):
    s = s.replace(',', '').strip()
    return float(s) if re.fullmatch(r'-?\d+(\.\d+)?', s) else None
def fmt(x): return ('%.4f' % x).rstrip('0').rstrip('.')
out = []
def rep(label, computed, printed=None):
    ok = '' if printed is None else ('OK' if abs(computed - printed) < 1e-6 else 'MISMATCH')
    out.append(f'{label}: computed={fmt(computed)}' + ('' if printed is None else f' printed={fmt(printed)} {ok}'))

# 专栏1 area
rep('专栏1/L82 total area 8.42+1.07 vs 9.49 (万平方公里)', 8.42 + 1.07, 9.49)
out.append('专栏1 forest share 9351 km2 / 94900 km2 = %.2f%% (printed 9.22%%); /84200 = %.2f%%' % (9351/94900*100, 9351/84200*100))
out.append('专栏1 grassland share 51921 / 94900 = %.2f%% (printed 64.37%%); /84200 = %.2f%%' % (51921/94900*100, 51921/84200*100))
out.append('专栏2 mining output share 28.79/737.57 = %.2f%% (printed 3.9%%)' % (28.79/737.57*100))
# 专栏3 shares vs 9.49
h, rows = T('zl03_geological_survey.tsv')
for r in rows:
    a, p = num(r[2]), num(r[3])
    out.append(f'专栏3 {r[0] or "〃"} {r[1]}: {r[2]}/9.49 = {a/9.49*100:.2f}% printed {r[3]}% diff {a/9.49*100-p:+.2f}')
# 专栏4
h, rows = T('zl04_minerals.tsv')
s = 0
for r in rows:
    n = len(r[1].split('、'))
    out.append(f'专栏4 {r[0]}: listed {n}, printed 数目 {r[2]} {"OK" if n == int(r[2]) else "MISMATCH"}')
    if r[0] != '优势矿种': s += int(r[2])
rep('专栏4 sum of 10 category counts vs text 73 (L130)', s, 73)
rep('专栏4 number of categories (excluding 优势矿种) vs text 10 大类', len(rows) - 1, 10)
rep('专栏4 优势矿种 count vs text L147 "优势矿种有 11 种"', 9, 11)
out.append('L130 share 73/153 = %.2f%% (printed 47%%)' % (73/153*100))
out.append('L147 share 38/98 = %.2f%% (printed 39%%)' % (38/98*100))
# 专栏5
h, rows = T('zl05_mineral_resources.tsv')
rep('专栏5 number of rows vs text L147 "查明有资源储量的矿种有 38 个"', len(rows), 38)
for r in rows:
    a, b = num(r[3]), num(r[4])
    if a is not None and b is not None and b > a:
        out.append(f'专栏5 row {r[0]} {r[1]}: 保有资源量 {r[4]} > 累计查明资源量 {r[3]} (remaining exceeds cumulative)')
# 专栏6
h, rows = T('zl06_mining_status.tsv')
tot = rows[0]; body = rows[1:]
for j in range(2, 10):
    s = sum(num(r[j]) or 0 for r in body)
    rep(f'专栏6 column "{h[j]}" sum of rows 2-31 vs 总计', s, num(tot[j]))
for r in rows:
    parts = sum(num(x) or 0 for x in r[3:7])
    if abs(parts - num(r[2])) > 1e-9:
        out.append(f'专栏6 row {r[0]} {r[1]}: 大+中+小+小矿={fmt(parts)} vs 合计 {r[2]} MISMATCH')
rep('专栏6 总计 大+中+小+小矿 (11+22+155+68)', 11 + 22 + 155 + 68, 256)
rep('L194 text "非油气矿山 241 个" vs its own breakdown 11+22+155+68', 11 + 22 + 155 + 68, 241)
names = [r[1] for r in body]
dup = [k for k, v in collections.Counter(names).items() if v > 1]
out.append(f'专栏6 mineral rows: {len(body)} rows, {len(set(names))} distinct names (duplicates: {dup}); text L194 says 开发利用矿种有 31 个')
out.append('专栏6 工业总产值 287,889.96 万元 = %.4f 亿元 (text L194/L296: 28.79 亿元)' % (287889.96/1e4))
# 专栏9
h, rows = T('zl09_new_reserves.tsv')
filled = [r for r in rows if r[4]]
out.append(f'专栏9: {len(rows)} rows, {len(filled)} with a 新增资源储量 value; text L256 says "27个矿种新增资源储量"')
# 专栏5 vs 专栏9 (新增 should not exceed 累计查明)
h5, r5 = T('zl05_mineral_resources.tsv'); c5 = {r[1]: r for r in r5}
for r in rows:
    if r[1] in c5 and r[4] and num(c5[r[1]][3]) is not None and num(r[4]) > num(c5[r[1]][3]):
        out.append(f'专栏9 {r[1]} 新增 {r[4]} > 专栏5 累计查明 {c5[r[1]][3]} (unit {r[2]} / {c5[r[1]][2]})')
# 专栏10 checks
out.append('专栏10 建筑用砂 growth (201.00-92.04)/92.04 = %.1f%% (printed 增幅为 50%%)' % ((201.00-92.04)/92.04*100))
# 专栏13
h, rows = T('zl13_production_targets.tsv')
s_t = sum(num(r[3]) for r in rows if r[2] == '矿石 万吨')
s_m = sum(num(r[3]) for r in rows if r[2] == '矿石 万立方米')
out.append(f'专栏13 sum of 矿石 万吨 targets = {fmt(s_t)} 万吨 (= {s_t/1e4:.4f} 亿吨) + {fmt(s_m)} 万立方米; text L415/L633 total 0.3 亿吨 (includes unlisted minerals; informational only)')
rep('专栏13 建筑用砂+砖瓦用粘土 targets vs 专栏19 2025 合计', s_m, 350)
# 专栏17
def parse_items(cell):
    return [(m.group(1), int(m.group(2))) for m in (re.fullmatch(r'\s*(.+?)\s*(\d+)\s*(?:个|处)\s*', p) for p in re.split('[，、]', cell) if p.strip())]
for tab, textline, texttot, textitems in [
        ('zl17_exploration_blocks_by_county.tsv', 517, 262, {'油砂': 30, '金矿': 67, '铜矿': 37, '铁矿': 20, '花岗岩': 24, '其他': 84}),
        ('zl18_mining_blocks_by_county.tsv', 538, 49, {'凝灰岩': 7, '花岗岩': 6, '石英砂': 5, '页岩': 8, '玄武岩': 3, '辉绿岩': 2, '其他': 21})]:
    zl = tab[:4]
    h, rows = T(tab)
    body, total = rows[:-1], rows[-1]
    s = sum(int(r[1]) for r in body)
    rep(f'{zl} sum of county 新设数量 vs 合计 row', s, int(total[1]))
    rep(f'{zl} sum of county 新设数量 vs text L{textline}', s, texttot)
    for r in body:
        it = parse_items(r[2]); si = sum(v for _, v in it)
        if si != int(r[1]) or r[2] == '':
            out.append(f'{zl} {r[0]}: items sum {si} vs 新设数量 {r[1]} {"OK" if si == int(r[1]) else "MISMATCH"}  [{r[2]}]')
        else:
            out.append(f'{zl} {r[0]}: items sum {si} vs 新设数量 {r[1]} OK')
    agg = collections.Counter()
    for r in body:
        for k, v in parse_items(r[2]): agg[k] += v
    tot_items = dict(parse_items(total[2]))
    rep(f'{zl} 合计-row items sum', sum(tot_items.values()), int(total[1]))
    named = [k for k in tot_items if k != '其他']
    def cnt(k):  # county-level items whose name matches the total-row mineral (e.g. 页岩 also matches 页岩矿)
        return sum(v for kk, v in agg.items() if kk == k or kk == k + '矿')
    for k in named:
        out.append(f'{zl} mineral {k}: county rows sum {cnt(k)}; 合计 row {tot_items[k]}; text L{textline} {textitems[k]}'
                   + ('' if cnt(k) == tot_items[k] == textitems[k] else '  <-- DISAGREE'))
    other = s - sum(cnt(k) for k in named)
    out.append(f'{zl} 其他 (= total - named minerals from county rows): {other}; 合计 row {tot_items.get("其他")}; text {textitems["其他"]}'
               + ('' if other == tot_items.get('其他') == textitems['其他'] else '  <-- DISAGREE'))
    out.append(f'{zl} county-level item totals: ' + ', '.join(f'{k} {v}' for k, v in agg.items()))
# 专栏19
h, rows = T('zl19_sand_gravel_clay_totals.tsv')
for j in range(1, 5):
    rep(f'专栏19 column "{h[j]}" rows vs 合计', num(rows[0][j]) + num(rows[1][j]), num(rows[2][j]))
# 专栏20
h, rows = T('zl20_concentrated_areas.tsv')
body, total = rows[:-1], rows[-1]
for j in (2, 3, 4):
    rep(f'专栏20 column {h[j]} sum vs 合计', sum(int(r[j]) for r in body), int(total[j]))
for r in body:
    if int(r[2]) + int(r[3]) != int(r[4]): out.append(f'专栏20 row {r[1]} sand+clay != 总计 MISMATCH')
out.append('专栏20 every row: 建筑用砂+砖瓦用粘土 = 总计 ' + ('OK' if all(int(r[2]) + int(r[3]) == int(r[4]) for r in body) else 'MISMATCH'))
rep('专栏20 totals vs text L576 91/74/17', int(total[4]) * 0 + int(total[2]), 74); rep('专栏20 砖瓦用粘土 total vs text 17', int(total[3]), 17); rep('专栏20 总计 vs text 91', int(total[4]), 91)
# 专栏22
h, rows = T('zl22_env_zones.tsv')
grp = collections.Counter(); cur = None
for r in rows:
    cur = r[1] or cur; grp[cur] += 1
out.append(f'专栏22 zones per 分级 (merged cells filled down): {dict(grp)}; text L685: 重点治理区 2, 一般治理区 3, 保护预防区 1')
for r in rows:
    pass
# 专栏23
h, rows = T('zl23_abandoned_pits.tsv')
s = sum(num(r[3]) for r in rows)
rep('专栏23 sum of 面积(公顷) vs text L702/L789 775.59', s, 775.59)
rep('专栏23 number of rows vs text 22', len(rows), 22)
by = collections.Counter()
for r in rows: by[r[2]] += num(r[3])
out.append('专栏23 area by 县市区: ' + ', '.join(f'{k} {fmt(v)}' for k, v in by.items()))
for r in rows:
    m = re.match(r'(塔城市|额敏县|乌苏市|裕民县|和布克赛尔蒙古自治县|托里县|沙湾市)', r[1])
    if m and m.group(1) != r[2]:
        out.append(f'专栏23 row {r[0]}: project name starts with {m.group(1)} but 县市区 = {r[2]}')
# text-only sums
rep('L300 funds 2890+1148.5+1007.6+1697.6 vs 6743.7 万元', 2890 + 1148.5 + 1007.6 + 1697.6, 6743.7)
rep('L296 value increase 28.79-22.11 vs 6.68 亿元', 28.79 - 22.11, 6.68)
out.append('L296 increase share 6.68/22.11 = %.1f%% (printed 30%%)' % (6.68/22.11*100))
rep('L475 coal new capacity 480 vs L488/L490 120+120+240 (万吨/年)', 120 + 120 + 240, 480)
print('\n'.join(out))
