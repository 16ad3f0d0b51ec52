"""Meaning-for-meaning English versions of the German, Greek, Latvian and Estonian texts about the work,
so that OwnWordsTest can hold those languages to the own-words rule too: a text translated from O*NET's
wording would, translated back for its meaning, share runs of eight words with O*NET again.

  backtranslate.py prepare <batches>/bt-<name> <code prefix>...
      writes source.json there: every text of those occupations in de, el, lv and et, by key
      (occupation.<code>.<field>[.<id or index>]); a translator writes en.json beside it, the same keys
      with an English rendering of each text's meaning (not word for word).
  backtranslate.py land <batches>/bt-<name>
      checks that en.json has every key, reports English renderings that share a run of eight words
      with O*NET, and stores the renderings with the SHA-256 of the text they render in
      data/own-words/back-translations-<lang>.json. A text changed later has no current rendering, and
      OwnWordsTest says so."""
import hashlib, json, os, pathlib, sys
ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(pathlib.Path(__file__).parent))
import locales
LANGS = ['de', 'el', 'lv', 'et']
STORE = ROOT / 'data/own-words'


def digest(text):
    return hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]


def flat(prefix, value):
    if isinstance(value, str):
        yield prefix, value
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from flat(f'{prefix}.{i}', item)
    else:
        for key, item in value.items():
            yield from flat(f'{prefix}.{key}', item)


def texts(lang, prefixes):
    occupations = locales.load(lang)['occupation']
    out = {}
    for code, fields in occupations.items():
        if any(code.startswith(p) for p in prefixes):
            for field, value in fields.items():
                out.update(flat(f'occupation.{code}.{field}', value))
    return out


def store_path(lang):
    return STORE / f'back-translations-{lang}.json'


def load_store(lang):
    path = store_path(lang)
    if not path.exists():
        return {'language': lang, 'about': 'Meaning-for-meaning English renderings of our texts, checked against O*NET by OwnWordsTest; "of" is the start of the SHA-256 of the text rendered.', 'texts': {}}
    return json.load(open(path, encoding='utf-8'))


def prepare(folder, prefixes):
    os.makedirs(folder, exist_ok=True)
    source = {lang: texts(lang, prefixes) for lang in LANGS}
    json.dump(source, open(f'{folder}/source.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(folder, {lang: len(t) for lang, t in source.items()})


def land(folder):
    source = json.load(open(f'{folder}/source.json', encoding='utf-8'))
    english = json.load(open(f'{folder}/en.json', encoding='utf-8'))
    import own_words
    missing, shared = [], []
    for lang in LANGS:
        for key in source[lang]:
            if not isinstance(english.get(lang, {}).get(key), str) or not english[lang][key].strip():
                missing.append(f'{lang} {key}')
            else:
                for run in own_words.shared(english[lang][key]):
                    shared.append(f'{lang} {key}: "{run}" in: {english[lang][key]}')
    if missing:
        raise SystemExit(f'{len(missing)} texts have no English rendering, such as: {missing[:5]}')
    for line in shared:
        print(line)
    os.makedirs(STORE, exist_ok=True)
    for lang in LANGS:
        store = load_store(lang)
        for key, text in source[lang].items():
            store['texts'][key] = {'of': digest(text), 'en': english[lang][key]}
        store['texts'] = dict(sorted(store['texts'].items()))
        open(store_path(lang), 'w', encoding='utf-8').write(json.dumps(store, ensure_ascii=False, indent=1) + '\n')
    print(f'{folder}: {sum(len(source[l]) for l in LANGS)} renderings stored; {len(shared)} share a run of eight words with O*NET')
    sys.exit(1 if shared else 0)


if __name__ == '__main__':
    if sys.argv[1] == 'prepare':
        prepare(sys.argv[2], sys.argv[3:])
    elif sys.argv[1] == 'land':
        land(sys.argv[2])
    else:
        raise SystemExit(__doc__)
