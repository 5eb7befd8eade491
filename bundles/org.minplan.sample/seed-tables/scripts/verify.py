#!/usr/bin/env python3
"""Verify all TSVs: rectangular, UTF-8, LF; table rows equal the seed lines cell-by-cell; numeric tokens
present in the corresponding seed line; derived/text files' quotes present in their seed lines."""
import csv, glob, os, re, sys
SEED = '/work/shared/seed/000_1f2da2fdfec87964.txt'
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
L = open(SEED, encoding='utf-8').read().split('\n')
def line(n): return L[int(n) - 1]
errors = []; report = []
def err(m): errors.append(m)
NUM = re.compile(r'\d[\d,]*(?:\.\d+)?')

files = sorted(glob.glob(os.path.join(D, '*.tsv')))
data = {}
for f in files:
    b = open(f, 'rb').read()
    name = os.path.basename(f)
    if b'\r' in b: err(f'{name}: contains CR')
    t = b.decode('utf-8')
    if not t.endswith('\n'): err(f'{name}: no final newline')
    lines = t.split('\n')[:-1]
    widths = {len(x.split('\t')) for x in lines}
    if len(widths) != 1: err(f'{name}: ragged column counts {widths}')
    for i, x in enumerate(lines, 1):
        for c in x.split('\t'):
            if c != c.strip(): err(f'{name} line {i}: cell with leading/trailing whitespace: {c!r}')
    rows = [x.split('\t') for x in lines]
    data[name] = rows
    report.append(f'{name}: {len(rows)-1} data rows x {widths.pop() if len(widths)==1 else "?"} cols')

R = lambda a, b: list(range(a, b + 1))
SPEC = {  # table file -> seed lines of data rows in order
 'zl01_natural_resources.tsv': R(85, 94), 'zl02_economy.tsv': R(101, 106), 'zl03_geological_survey.tsv': R(114, 128),
 'zl04_minerals.tsv': R(135, 145), 'zl05_mineral_resources.tsv': R(152, 166) + R(170, 192),
 'zl06_mining_status.tsv': R(199, 204) + R(212, 236), 'zl07_achievements.tsv': R(243, 245),
 'zl08_survey_indicators.tsv': R(251, 254), 'zl09_new_reserves.tsv': R(260, 266) + R(273, 294),
 'zl10_demand_analysis.tsv': R(332, 337), 'zl11_survey_targets.tsv': R(382, 389), 'zl12_exploration_targets.tsv': R(398, 411),
 'zl13_production_targets.tsv': R(419, 429), 'zl14_mine_structure_targets.tsv': R(435, 437), 'zl15_layout.tsv': R(479, 486),
 'zl17_exploration_blocks_by_county.tsv': R(521, 528), 'zl18_mining_blocks_by_county.tsv': R(542, 549),
 'zl19_sand_gravel_clay_totals.tsv': R(568, 570), 'zl20_concentrated_areas.tsv': R(580, 587),
 'zl21_min_mining_scale.tsv': R(647, 671), 'zl22_env_zones.tsv': R(689, 693) + [700], 'zl23_abandoned_pits.tsv': R(709, 730),
 'zl24_geo_survey_projects.tsv': R(752, 758), 'zl25_evaluation_projects.tsv': R(762, 765), 'zl26_processing_bases.tsv': R(777, 783),
}
for name, lines in SPEC.items():
    rows = data[name][1:]
    if len(rows) != len(lines): err(f'{name}: {len(rows)} rows but {len(lines)} seed lines'); continue
    ntok = 0
    for r, n in zip(rows, lines):
        seed_cells = [c.strip() for c in line(n).split('\t')]
        seed_cells = (seed_cells + [''] * len(r))[:max(len(r), len(seed_cells))]
        if seed_cells[:len(r)] != r or any(seed_cells[len(r):]):
            err(f'{name}: row {r[:2]} != seed line {n} cells {seed_cells}')
        for c in r:
            for tok in NUM.findall(c):
                ntok += 1
                if tok not in line(n): err(f'{name}: token {tok} not on seed line {n}')
    report.append(f'  {name}: all {len(rows)} rows equal seed lines cell-by-cell; {ntok} numeric tokens found on their seed lines')

# headers: every printed header label appears in the seed header line(s)
HDR = {'zl03_geological_survey.tsv': [113], 'zl06_mining_status.tsv': [197, 198], 'zl15_layout.tsv': [478], 'zl19_sand_gravel_clay_totals.tsv': [566, 567]}
for name in SPEC:
    h = data[name][0]
    if name in ('zl01_natural_resources.tsv', 'zl02_economy.tsv', 'zl07_achievements.tsv'): continue
    hl = HDR.get(name)
    for label in h:
        parts = label.split('/')
        src = ' '.join(line(n) for n in hl) if hl else None
        if src is None:
            # header is the line before the first data row (or the table's header line)
            first = SPEC[name][0]
            src = line(first - 1) if line(first - 1).strip() else line(first - 2)
        if name in ('zl03_geological_survey.tsv', 'zl15_layout.tsv') and len(parts) == 2:
            parts = parts[:1]  # child label synthesized (documented)
        for p in parts:
            if p not in src: err(f'{name}: header label part {p!r} not in seed header')

# zl04 list
for r in data['zl04_minerals_list.tsv'][1:]:
    if r[1] not in line(r[6]).split('\t')[1].split('、'): err(f'zl04 list: {r[1]} not in line {r[6]}')
cnt = sum(1 for r in data['zl04_minerals_list.tsv'][1:] if r[4] == 'yes')
report.append(f'  zl04_minerals_list: catalogue minerals = {cnt} (text: 73)')
# items
for name in ('zl17_exploration_blocks_items.tsv', 'zl18_mining_blocks_items.tsv'):
    for r in data[name][1:]:
        if not re.search(re.escape(r[2]) + r'\s*' + r[3] + r'\s*' + r[4], line(r[5])): err(f'{name}: {r} not on line {r[5]}')
# statements
for r in data['statements.tsv'][1:]:
    if r[2] not in line(r[1]): err(f'statements {r[0]}: quote not on line {r[1]}')
    if r[4] not in r[2]: err(f'statements {r[0]}: value {r[4]} not in quote')
ids = [r[0] for r in data['statements.tsv'][1:]]
if len(ids) != len(set(ids)): err('statements: duplicate ids')
for r in data['control_classes.tsv'][1:]:
    if r[1] not in line(r[2]) or (r[3] and r[3] not in line(r[2])): err(f'control_classes: {r}')
for r in data['named_mines.tsv'][1:]:
    if r[5] not in line(r[4]): err(f'named_mines: context not on line {r[4]}: {r}')
    if r[0] not in line(r[4]) and 'expanded' not in r[6]: err(f'named_mines: name not on line: {r}')
for r in data['layout_units.tsv'][1:]:
    if [r[0] if r[0] in line(r[4]) else '', r[1], r[2], r[3]] != [c.strip() for c in line(r[4]).split('\t')][0:4] and r[1:4] != [c.strip() for c in line(r[4]).split('\t')][1:4]:
        err(f'layout_units: {r[1]} cells != seed line {r[4]}')
for r in data['bases_and_areas.tsv'][1:]:
    if r[6] not in line(r[4]) or r[2] not in r[6] and r[2] not in line(r[4]): err(f'bases_and_areas: {r}')
print('\n'.join(report))
print('ERRORS:' if errors else 'ALL CHECKS PASSED', len(errors))
for e in errors: print('  ' + e)
sys.exit(1 if errors else 0)
