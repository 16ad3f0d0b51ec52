"""Reads and writes the locale files exactly in their layout (indent 2, UTF-8, a newline at the end)."""
import os, pathlib
ROOT = pathlib.Path(__file__).resolve().parents[2]
import json, collections
LANGS = ['en', 'de', 'el', 'lv', 'et']
def path(lang):
    return ROOT / f'resources/i18n/{lang}.json'
def load(lang):
    return json.loads(open(path(lang), encoding='utf-8').read(), object_pairs_hook=collections.OrderedDict)
def save(lang, data):
    open(path(lang), 'w', encoding='utf-8').write(json.dumps(data, indent=2, ensure_ascii=False) + '\n')
def put(data, dotted, value):
    keys = dotted.split('.')
    node = data
    for k in keys[:-1]:
        node = node.setdefault(k, collections.OrderedDict())
    node[keys[-1]] = value
