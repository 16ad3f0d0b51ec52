"""Checks that no English text of a batch shares a run of 8 or more words with O*NET's occupation
descriptions or task statements (any occupation). Usage: own_words.py <batches>/<group>/texts.json"""
import os, pathlib
ROOT = pathlib.Path(__file__).resolve().parents[2]
REF = pathlib.Path(os.environ.get('ONET_REFERENCE', ROOT.parent / 'shared/data/onet27/reference'))
import csv, json, re, sys
N = 8
_onet = None
def words(text):
    return re.sub(r"[^a-z0-9]+", " ", text.lower().replace("'", "").replace("\u2019", "")).split()
def shingles(text):
    w = words(text)
    return {' '.join(w[i:i + N]) for i in range(len(w) - N + 1)}
def onet():
    """Every run of N words in O*NET's descriptions and task statements, read once."""
    global _onet
    if _onet is None:
        _onet = set()
        with open(f'{REF}/Occupation Data.txt', encoding='utf-8') as f:
            for row in csv.DictReader(f, delimiter='\t'):
                _onet |= shingles(row['Description'])
        with open(f'{REF}/Task Statements.txt', encoding='utf-8') as f:
            for row in csv.DictReader(f, delimiter='\t'):
                _onet |= shingles(row['Task'])
    return _onet
def shared(text):
    """The runs of N words that text shares with O*NET, sorted."""
    return sorted(shingles(text) & onet())
def texts(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value: yield from texts(v)
    elif isinstance(value, dict):
        for v in value.values(): yield from texts(v)
if __name__ == '__main__':
    batch = json.load(open(sys.argv[1]))
    problems = 0
    for code, occupation in batch['occupations'].items():
        for text in texts(occupation.get('texts', {}).get('en', {})):
            runs = shared(text)
            if runs:
                problems += 1
                print(f'{code}: shares "{runs[0]}" with O*NET in: {text}')
    print(f'{problems} texts share a run of {N} words with O*NET' if problems else 'no text shares a run of 8 words with O*NET')
    sys.exit(1 if problems else 0)
