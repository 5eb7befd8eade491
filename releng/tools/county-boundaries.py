#!/usr/bin/env python3
"""Writes data/boundary.wkt of the seven Tacheng county bundles from the sample plan's division geometries.

The sample plan's county boundaries are approximate (Voronoi cells of the county seats clipped to a
hand-drawn prefecture outline, see bundles/org.minplan.sample/NOTES.md), so the files say so and the
county bundles declare boundaryApproximate="true". Run from the repository root after regenerating the
sample plan:
    releng/tools/county-boundaries.py
"""
import re
import sys

PLAN = 'bundles/org.minplan.sample/plans/tacheng-2021-2025.minplan'
COUNTIES = {'654201': 'tachengshi', '654202': 'wusu', '654203': 'shawan', '654221': 'emin',
            '654224': 'tuoli', '654225': 'yumin', '654226': 'hoboksar'}

with open(PLAN, encoding='utf-8') as f:
    plan = f.read()
found = 0
for element in re.finditer(r'<divisions ([^>]*)>', plan, re.S):
    attributes = element.group(1)
    code = re.search(r'\bcode="([^"]*)"', attributes)
    if not code or code.group(1) not in COUNTIES:
        continue
    name = re.search(r'\bname="([^"]*)"', attributes).group(1)
    geometry = re.search(r'\bgeometry="([^"]*)"', attributes).group(1)
    target = f'bundles/org.minplan.county.{COUNTIES[code.group(1)]}/data/boundary.wkt'
    with open(target, 'w', encoding='utf-8') as out:
        out.write(f'# {name} ({code.group(1)}): APPROXIMATE boundary, CGCS2000 longitude/latitude.\n')
        out.write(f'# Derived from the division geometry of {PLAN}\n')
        out.write('# by releng/tools/county-boundaries.py; replace with the surveyed boundary when available.\n')
        out.write(geometry + '\n')
    print(target)
    found += 1
if found != len(COUNTIES):
    sys.exit(f'only {found} of {len(COUNTIES)} counties found in {PLAN}')
