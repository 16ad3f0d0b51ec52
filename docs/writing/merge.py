"""Lands checked batches: their texts into the locale files, their pros, cons and the basis of their
texts into the seed. Then rebuild the dataset (build-data) and validate.
Usage: merge.py <batches>/<group> [...]"""
import os, pathlib
ROOT = pathlib.Path(__file__).resolve().parents[2]
import json, collections, sys
sys.path.insert(0, str(pathlib.Path(__file__).parent))
import compact, locales
OD = collections.OrderedDict
SEED = ROOT / 'data/seed/occupations.json'
BASIS = OD([('id', 'onet-27-tasks'), ('name', 'O*NET 27.0 task statements and occupation descriptions'),
            ('publisher', 'U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)'), ('year', 2022),
            ('note', 'Read for what each occupation involves; the texts about the work are written from these facts in our own words.')])
FIELDS = ['summary', 'duties', 'workEnvironment', 'schedule', 'education', 'pros', 'cons']
seed_raw = open(SEED, encoding='utf-8').read()
seed = json.loads(seed_raw, object_pairs_hook=OD)
if not any(s['id'] == BASIS['id'] for s in seed['sources']):
    seed['sources'].append(BASIS)
by_code = {o['code']: o for o in seed['occupations']}
files = {lang: locales.load(lang) for lang in locales.LANGS}
for folder in sys.argv[1:]:
    batch = json.load(open(f'{folder}/texts.json', encoding='utf-8'), object_pairs_hook=OD)
    for code, occ in batch['occupations'].items():
        entry = by_code.get(code)
        if entry is None:
            entry = OD([('code', code)])
            seed['occupations'].append(entry)
            by_code[code] = entry
        if 'prosAndCons' in entry and any('figure' in p for p in entry['prosAndCons']):
            raise SystemExit(f'{code} has pros and cons from the articles; merge by hand')
        pc = [p for p in occ['prosAndCons'] if p['kind'] == 'pro'] + [p for p in occ['prosAndCons'] if p['kind'] == 'con']
        entry['prosAndCons'] = [OD([('id', p['id']), ('kind', p['kind'])]) for p in pc]
        entry['textBasis'] = OD([('source', BASIS['id'])])
        for lang in locales.LANGS:
            target = files[lang]['occupation'].setdefault(code, OD())
            for field in FIELDS:
                if field in occ['texts'][lang]:
                    target[field] = occ['texts'][lang][field]
    print(folder, len(batch['occupations']))
# The occupations with facts of the articles keep their place at the top; those that only carry
# texts' pros, cons and basis follow in code order.
WORK_ONLY = {'code', 'prosAndCons', 'textBasis'}
articles = [o for o in seed['occupations'] if set(o) - WORK_ONLY]
others = sorted((o for o in seed['occupations'] if not set(o) - WORK_ONLY), key=lambda o: o['code'])
seed['occupations'] = articles + others
open(SEED, 'w', encoding='utf-8').write(compact.dump(seed) + '\n')
for lang in locales.LANGS:
    locales.save(lang, files[lang])
