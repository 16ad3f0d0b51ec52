"""Writes <batches>/<group>/input.json: the group's occupations with our titles in five languages,
our facts (education, training, job zone), and O*NET's description and tasks (for facts only)."""
import os, pathlib
ROOT = pathlib.Path(__file__).resolve().parents[2]
REF = pathlib.Path(os.environ.get('ONET_REFERENCE', ROOT.parent / 'shared/data/onet27/reference'))
import json, csv, sys, collections
# usage: prepare.py BATCHES GROUP... (BATCHES: a folder outside the checkout, such as ../batches)
BATCHES = sys.argv[1]
groups = sys.argv[2:]
data = json.load(open(f'{ROOT}/resources/data/occupations.json'))
locales = {l: json.load(open(f'{ROOT}/resources/i18n/{l}.json')) for l in ['en', 'de', 'el', 'lv', 'et']}
desc = {}
with open(f'{REF}/Occupation Data.txt', encoding='utf-8') as f:
    for row in csv.DictReader(f, delimiter='\t'):
        desc[row['O*NET-SOC Code']] = (row['Title'], row['Description'])
tasks = collections.defaultdict(list)
with open(f'{REF}/Task Statements.txt', encoding='utf-8') as f:
    for row in csv.DictReader(f, delimiter='\t'):
        tasks[row['O*NET-SOC Code']].append((row['Task Type'], row['Task']))
for g in groups:
    out = []
    for o in data['occupations']:
        code = o['code']
        if not code.startswith(g + '-'):
            continue
        onet = {k: {'title': desc[k][0], 'description': desc[k][1], 'tasks': [t for _, t in sorted(tasks.get(k, []), key=lambda x: x[0] != 'Core')]}
                for k in desc if k.startswith(code + '.')}
        edu = o.get('education', [{}])[-1].get('level')
        out.append({
            'code': code,
            'officialTitle': o.get('officialTitle'),
            'titles': {l: locales[l]['occupation'][code]['title'] for l in locales},
            'typicalEducation': edu,
            'training': o.get('training'),
            'jobZone': o.get('jobZone', {}).get('zone'),
            'onet': onet,
        })
    import os
    os.makedirs(f'{BATCHES}/{g}', exist_ok=True)
    json.dump({'group': g, 'groupNames': {l: locales[l]['group'][g] for l in locales}, 'occupations': out},
              open(f'{BATCHES}/{g}/input.json', 'w'), ensure_ascii=False, indent=1)
    print(g, len(out))
