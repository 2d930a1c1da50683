# Checks emitted text with the real Python, one JSON request per line on stdin, one JSON answer per line
# on stdout, so a whole fuzz run costs one interpreter. Answers {"problem": null} or {"problem": "..."}.
import ast, json, math, sys


def decode(x):
    t = x['t']
    if t == 'n': return None
    if t == 'b': return x['v']
    if t == 'i': return int(x['v'])
    if t == 'f': return float(x['v'])
    if t == 's': return x['v']
    if t == 'l': return [decode(i) for i in x['v']]
    return {k: decode(v) for k, v in x['v']}


def same(a, b):
    if type(a) is not type(b): return False
    if isinstance(a, float):
        return (a != a and b != b) or (a == b and math.copysign(1, a) == math.copysign(1, b))
    if isinstance(a, list): return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict): return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    return a == b


NON_FINITE = {'inf', '-inf', 'nan'}


def literal(node):
    # ast.literal_eval, plus float('inf') / float('-inf') / float('nan'), the one spelling Python has for them.
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == 'float' and not node.keywords \
            and len(node.args) == 1 and isinstance(node.args[0], ast.Constant) and node.args[0].value in NON_FINITE:
        return float(node.args[0].value)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Call):
        return -literal(node.operand)
    if isinstance(node, ast.List): return [literal(e) for e in node.elts]
    if isinstance(node, ast.Dict): return {literal(k): literal(v) for k, v in zip(node.keys, node.values)}
    return ast.literal_eval(node)


def is_env_read(node, var):
    return (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute) and node.value.attr == 'environ'
            and isinstance(node.value.value, ast.Name) and node.value.value.id == 'os'
            and isinstance(node.slice, ast.Constant) and node.slice.value == var)


def check_python(req):
    source = req['source']
    tree = ast.parse(source)
    compile(source, '<emitted>', 'exec')
    calls = [n.value for n in tree.body if isinstance(n, ast.Assign) and isinstance(n.value, ast.Call)]
    if len(calls) != 1 or calls[0].args:
        return 'not a single call with keywords only'
    if calls[0].func.id != req['callee']:
        return 'calls %s, not %s' % (calls[0].func.id, req['callee'])
    imported = {a.name for n in tree.body if isinstance(n, ast.ImportFrom) for a in n.names}
    if req['callee'] not in imported:
        return '%s is not imported' % req['callee']
    names = [kw.arg for kw in calls[0].keywords]
    if names != [k for k, _ in req['expected']]:
        return 'keyword names differ: %r' % names
    secrets = req.get('secrets', {})
    for kw, (name, want) in zip(calls[0].keywords, req['expected']):
        if name in secrets:
            if not is_env_read(kw.value, secrets[name]):
                return '%s is not read from os.environ[%r]' % (name, secrets[name])
            if not any(isinstance(n, ast.Import) and any(a.name == 'os' for a in n.names) for n in tree.body):
                return 'os is not imported'
            continue
        got = literal(kw.value)
        if not same(got, decode(want)):
            return '%s: got %r, wanted %r' % (name, got, decode(want))
    return None


def check_data(req, load):
    got = load(req['source'])
    want = {k: decode(v) for k, v in req['expected']}
    if not same(got, want):
        bad = [k for k in set(want) | set(got) if k not in got or k not in want or not same(got[k], want[k])]
        return 'differs at %r: got %r' % (bad, {k: got.get(k) for k in bad})
    return None


def answer(req):
    kind = req['kind']
    if kind == 'python': return check_python(req)
    if kind == 'json': return check_data(req, json.loads)
    if kind == 'yaml':
        import yaml
        return check_data(req, yaml.safe_load)
    return 'unknown kind %r' % kind


for raw in sys.stdin.buffer:
    req = json.loads(raw.decode('utf-8'))
    try:
        problem = answer(req)
    except Exception as error:  # a parse error is a finding, not a crash of the oracle
        problem = '%s: %s' % (type(error).__name__, error)
    sys.stdout.write(json.dumps({'problem': problem}) + '\n')
    sys.stdout.flush()
