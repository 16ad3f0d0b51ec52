"""Checks a batch file's shape: every occupation of the group, all five languages, the required texts,
pros and cons with the same ids in every language. Usage: check_batch.py <batches>/<group>"""
import json, re, sys
folder = sys.argv[1]
inp = json.load(open(f'{folder}/input.json'))
batch = json.load(open(f'{folder}/texts.json'))
LANGS = ['en', 'de', 'el', 'lv', 'et']
RULES = {'pay-well-above-median', 'pay-above-median', 'pay-below-median', 'pay-well-below-median',
         'grows-faster-than-average', 'grows-slower-than-average', 'employment-declines', 'many-openings',
         'few-openings', 'low-entry-barrier', 'long-education', 'wide-pay-range', 'narrow-pay-range'}
errors = []
codes = [o['code'] for o in inp['occupations']]
missing = [c for c in codes if c not in batch['occupations']]
extra = [c for c in batch['occupations'] if c not in codes]
if missing: errors.append(f'missing occupations: {missing}')
if extra: errors.append(f'occupations not in the group: {extra}')
for code, occ in batch['occupations'].items():
    pc = occ.get('prosAndCons', [])
    ids = {p['id']: p['kind'] for p in pc}
    if len(ids) != len(pc): errors.append(f'{code}: duplicate pro/con ids')
    for i, k in ids.items():
        if not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', i): errors.append(f'{code}: bad id {i}')
        if i in RULES: errors.append(f'{code}: id {i} is a rule id')
        if k not in ('pro', 'con'): errors.append(f'{code}: kind {k}')
    if not any(k == 'pro' for k in ids.values()) or not any(k == 'con' for k in ids.values()):
        errors.append(f'{code}: needs at least one pro and one con')
    for lang in LANGS:
        t = occ.get('texts', {}).get(lang)
        if t is None:
            errors.append(f'{code} {lang}: no texts'); continue
        for field in ['summary', 'workEnvironment', 'education']:
            if not isinstance(t.get(field), str) or not t[field].strip(): errors.append(f'{code} {lang}: no {field}')
        if 'schedule' in t and (not isinstance(t['schedule'], str) or not t['schedule'].strip()):
            errors.append(f'{code} {lang}: empty schedule (leave it out instead)')
        d = t.get('duties')
        if not isinstance(d, list) or not 4 <= len(d) <= 7: errors.append(f'{code} {lang}: needs 4 to 7 duties')
        if ('schedule' in t) != ('schedule' in occ['texts']['en']): errors.append(f'{code} {lang}: schedule in some languages only')
        for kind in ['pros', 'cons']:
            want = {i for i, k in ids.items() if k == kind[:-1]}
            have = set(t.get(kind, {}))
            if want != have: errors.append(f'{code} {lang}: {kind} ids {sorted(have)} but prosAndCons says {sorted(want)}')
        allowed = {'summary', 'duties', 'workEnvironment', 'schedule', 'education', 'pros', 'cons'}
        if set(t) - allowed: errors.append(f'{code} {lang}: unknown fields {set(t) - allowed}')
        en = occ['texts'].get('en', {})
        if lang != 'en' and isinstance(d, list) and isinstance(en.get('duties'), list) and len(d) != len(en['duties']):
            errors.append(f'{code} {lang}: {len(d)} duties, English has {len(en["duties"])}')
print('\n'.join(errors) if errors else f'batch {folder} is complete: {len(batch["occupations"])} occupations in five languages')
sys.exit(1 if errors else 0)
