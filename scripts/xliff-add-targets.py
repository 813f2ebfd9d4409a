import sys, json, re
path, data = sys.argv[1], json.load(open(sys.argv[2]))
xml = open(path, encoding='utf-8').read()
for uid, target in data.items():
    pat = re.compile(r'(<trans-unit id="%s">\s*<source>.*?</source>)(\s*<target>.*?</target>)?' % re.escape(uid), re.S)
    if not pat.search(xml): print('no unit', uid); continue
    xml = pat.sub(lambda m: m.group(1) + '\n  <target>' + target + '</target>', xml, count=1)
open(path, 'w', encoding='utf-8').write(xml)
