#!/usr/bin/env python3
"""Writes plugin_zh.properties from its readable UTF-8 source plugin_zh.properties.utf8.

Equinox reads plugin*.properties (the texts of plugin.xml and MANIFEST.MF) as ISO-8859-1, so
Chinese must be \\uXXXX-escaped there. Edit the .utf8 file, then run
    releng/tools/nl-escape.py bundles/*/plugin_zh.properties.utf8
(Java code texts, messages*.properties read through org.minplan.core.i18n.Texts, stay UTF-8.)
"""
import sys

for src in sys.argv[1:]:
    if not src.endswith('.utf8'):
        sys.exit(f'{src}: expected a *.properties.utf8 file')
    with open(src, encoding='utf-8') as f:
        text = f.read()
    escaped = ''.join(c if ord(c) < 128 else '\\u%04x' % ord(c) for c in text)
    dst = src[:-len('.utf8')]
    with open(dst, 'w', encoding='ascii') as f:
        f.write('# Generated from ' + src.split('/')[-1] + ' by releng/tools/nl-escape.py: edit that file.\n')
        f.write(escaped)
    print(dst)
