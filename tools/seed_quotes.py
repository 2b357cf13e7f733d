#!/usr/bin/env python3
"""Verifies the seed passages quoted by rules/ and platform-specs/ against the seed files and writes the ledger the
kit's tests read (src/test/resources/seed-quotes/). Run it by hand after changing a passage:

    python3 tools/seed_quotes.py /path/to/seeds

The seeds are read here, at authoring time, and never by the build or the tests: the ledger keeps only SHA-256 hashes
of the verified fragments (no seed text), and SeedQuotesTest checks every passage against it. The passage convention
and the normalisation are documented in docs/spec-format.md ("Quoted passages"); SeedQuotes.java implements the same.

Exit status: 0 when every seed-citing passage is a quote or listed in not-yet-quoted.tsv; 1 otherwise (each failure
printed with where it is); 2 on bad arguments.
"""
import glob
import hashlib
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'scopekit-cli', 'src', 'test', 'resources', 'seed-quotes')
SEED_001 = '001_0b158fc905000e66.txt'
SEED_NAME = re.compile(r'^\d{3}_[0-9a-f]{16}\.txt$')


def normalise(s):
    s = re.sub(r'!\[[^\]]*\]\([^)]*\)', '', s)          # images
    s = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', s)      # links keep their text
    s = re.sub(r'<[^>]+>', '', s)                       # HTML tags (seed 004, <br> in tables)
    s = s.replace('**', '').replace('`', '').replace('|', '')
    return re.sub(r'\s+', '', s)


def fragments(passage):
    quote = passage.split(' — ')[0]
    return [f for f in (normalise(x) for x in re.split(r'…+', quote)) if f]


def sha(s):
    return hashlib.sha256(s.encode('utf-8')).hexdigest()


def passages():
    out = []
    for f in sorted(glob.glob(os.path.join(ROOT, 'rules', '*', '*.drl'))):
        text = open(f, encoding='utf-8').read()
        for m in re.finditer(r'rule\s+"([^"]+)"(.*?)\bwhen\b', text, re.S):
            seed = re.search(r'@source_seed\("([^"]+)"\)', m.group(2))
            passage = re.search(r'@source_passage\("((?:[^"\\]|\\.)*)"\)', m.group(2))
            if seed and passage and SEED_NAME.match(seed.group(1)):
                out.append(('rule ' + m.group(1), seed.group(1), passage.group(1).replace('\\"', '"')))
    for f in sorted(glob.glob(os.path.join(ROOT, 'platform-specs', '*.yaml'))):
        spec = yaml.safe_load(open(f, encoding='utf-8'))
        docs = {d['id']: d.get('seed') for d in spec.get('documents', [])}
        walk(spec, os.path.basename(f), docs, out)
    return out


def walk(node, where, docs, out):
    if isinstance(node, dict):
        if isinstance(node.get('doc'), str) and 'passage' in node and docs.get(node['doc']):
            out.append((where, docs[node['doc']], node['passage']))
        for k, v in node.items():
            walk(v, where + '/' + str(k), docs, out)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            walk(v, where + '/' + str(i), docs, out)


def main():
    args = [a for a in sys.argv[1:] if a != '--baseline']
    if len(args) != 1 or not os.path.isdir(args[0]):
        print('usage: seed_quotes.py SEEDS_DIR [--baseline]', file=sys.stderr)
        return 2
    seeds = {os.path.basename(p): normalise(open(p, encoding='utf-8').read())
             for p in glob.glob(os.path.join(args[0], '*.txt')) if SEED_NAME.match(os.path.basename(p))}
    baseline_file = os.path.join(OUT, 'not-yet-quoted.tsv')
    baseline = set()
    if os.path.exists(baseline_file) and '--baseline' not in sys.argv:
        for line in open(baseline_file, encoding='utf-8'):
            if line.strip() and not line.startswith('#'):
                baseline.add(tuple(line.rstrip('\n').split('\t')[:3]))
    verified, failures = set(), []
    for where, seed, passage in passages():
        if seed not in seeds:
            failures.append((where, seed, passage, 'seed file not found'))
            continue
        text, pos, ok = seeds[seed], 0, True
        frags = fragments(passage)
        for fr in frags:
            i = text.find(fr, pos)
            if i < 0:
                ok = False
                break
            pos = i + len(fr)
        if ok and frags:
            verified.update((seed, sha(fr), len(fr)) for fr in frags)
        elif (seed, where, sha(passage)) not in baseline:
            failures.append((where, seed, passage, 'not in the seed' if frags else 'no quote'))
    if '--baseline' in sys.argv:
        with open(baseline_file, 'w', encoding='utf-8') as w:
            w.write('# seed\twhere\tsha256 of the passage — passages of these seeds still paraphrased (debt, not a licence:\n'
                    '# SeedQuotesTest fails on a new entry being needed and on an entry no longer needed)\n')
            for where, seed, passage, why in sorted(failures, key=lambda x: (x[1], x[0])):
                if seed == SEED_001:
                    continue
                w.write('%s\t%s\t%s\n' % (seed, where, sha(passage)))
        failures = [f for f in failures if f[1] == SEED_001]
    with open(os.path.join(OUT, 'verified-fragments.tsv'), 'w', encoding='utf-8') as w:
        w.write('# seed\tsha256 of the normalised fragment\tlength (characters) — written by tools/seed_quotes.py\n')
        for row in sorted(verified):
            w.write('%s\t%s\t%d\n' % row)
    for where, seed, passage, why in failures:
        print('%s: %s (%s): %s' % (where, why, seed, passage))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
