/**
 * The Python side of the sandbox, run once per interpreter. `run(code, inputs_json)` calls the
 * user's main(**inputs) in a fresh globals dict and returns (status, payload, logs): status 'ok'
 * with the result's JSON text, or an error type with a message naming the line in the user code.
 * Before each call it puts back what earlier code may have changed (module dicts, builtins,
 * sys state, cwd, environment, scratch files), so one call does not leak into the next. This is
 * hygiene, not the security boundary: that is the worker's realm (see realm-hardening.ts).
 */
export const SANDBOX_HARNESS = String.raw`
import builtins, contextvars, gc, io, json, operator, os, signal, sys, time

for _name in ('json re math datetime _strptime collections itertools functools typing decimal statistics '
              'random hashlib csv base64 textwrap string uuid copy operator fractions html urllib.parse '
              'dataclasses enum calendar zoneinfo unicodedata').split():
    try:
        __import__(_name)
    except ImportError:
        pass

BLOCKED_ROOTS = frozenset(('js', 'pyodide_js', 'pyodide', '_pyodide', '_pyodide_core', 'micropip'))
USER_FILE = '<code>'
_all, _is, _isinstance, _len, _list, _map, _str, _type = all, operator.is_, isinstance, len, list, map, str, type
_loads = json.JSONDecoder().decode
_encode = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(',', ':')).encode
_real_import = builtins.__import__
_slice_sleep = time.sleep


def _sleep(seconds):
    """time.sleep in short slices, so an interrupt lands within 20 ms."""
    end = time.monotonic() + seconds
    while True:
        left = end - time.monotonic()
        if left <= 0:
            return None
        _slice_sleep(min(left, 0.02))


time.sleep = _sleep
_set_recursion_limit = sys.setrecursionlimit


def _capped_recursion_limit(limit):
    """sys.setrecursionlimit, capped: deeper Python recursion overflows the JS engine's stack."""
    if _isinstance(limit, int) and limit > LIMITS['recursion']:
        limit = LIMITS['recursion']
    return _set_recursion_limit(limit)


sys.setrecursionlimit = _capped_recursion_limit


def _guarded_import(name, globals=None, locals=None, fromlist=(), level=0):
    if level == 0 and name.partition('.')[0] in BLOCKED_ROOTS:
        raise ImportError(
            f"Importing '{name}' is not allowed: Python code in the sandbox cannot reach the JavaScript host",
            name=name)
    return _real_import(name, globals, locals, fromlist, level)


def _put_back(live, saved):
    dropped = _list(live.values())  # released after the dict is whole again (a __del__ may run)
    live.clear()
    live.update(saved)
    del dropped


class Baseline:
    """The interpreter as it is between calls. Checks compare identities only: no user code runs."""

    def __init__(self):
        self.modules = dict(sys.modules)
        self.module_values = _list(self.modules.values())
        self.dicts = [(m.__dict__, dict(m.__dict__), _list(m.__dict__.values()))
                      for m in self.module_values if _type(getattr(m, '__dict__', None)) is dict]
        self.user_builtins = dict(builtins.__dict__, __import__=_guarded_import)
        self.lists = [(lst, _list(lst)) for lst in (sys.path, sys.meta_path, sys.path_hooks)]
        self.environ = dict(os.environ)
        self.cwd = os.getcwd()
        self.recursion = sys.getrecursionlimit()
        self.int_digits = sys.get_int_max_str_digits()
        self.scratch = [(folder, sorted(os.listdir(folder))) for folder in sorted({'/tmp', self.cwd})]

    def restore(self):
        sys.settrace(None)
        sys.setprofile(None)
        for _attempt in range(3):
            if not self._repair():
                break
        for lst, saved in self.lists:
            if _len(lst) != _len(saved) or not _all(_map(_is, lst, saved)):
                lst[:] = saved
        if os.environ != self.environ:
            os.environ.clear()
            os.environ.update(self.environ)
        if os.getcwd() != self.cwd:
            os.chdir(self.cwd)
        for folder, names in self.scratch:
            if sorted(os.listdir(folder)) != names:
                _clear_folder(folder, names)
        _set_recursion_limit(self.recursion)
        sys.set_int_max_str_digits(self.int_digits)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        if not gc.isenabled():
            gc.enable()

    def _repair(self):
        changed = False
        if _len(sys.modules) != _len(self.module_values) or not _all(_map(_is, sys.modules.values(), self.module_values)):
            _put_back(sys.modules, self.modules)
            changed = True
        for live, saved, values in self.dicts:
            if _len(live) != _len(values) or not _all(_map(_is, live.values(), values)):
                _put_back(live, saved)
                changed = True
        return changed


def _clear_folder(folder, keep):
    for name in os.listdir(folder):
        if name in keep:
            continue
        path = os.path.join(folder, name)
        try:
            if os.path.isdir(path) and not os.path.islink(path):
                for root, dirs, files in os.walk(path, topdown=False):
                    for entry in files:
                        os.remove(os.path.join(root, entry))
                    for entry in dirs:
                        os.rmdir(os.path.join(root, entry))
                os.rmdir(path)
            else:
                os.remove(path)
        except OSError:
            pass


class Output(io.TextIOBase):
    """print() target: keeps the first limit characters, counts the rest."""

    def __init__(self, limit):
        self.parts = []
        self.size = 0
        self.dropped = 0
        self.limit = limit

    def writable(self):
        return True

    def write(self, text):
        if not _isinstance(text, _str):
            raise TypeError(f'write() argument must be str, not {_type(text).__name__}')
        room = self.limit - self.size
        if room >= _len(text):
            self.parts.append(text)
            self.size += _len(text)
        else:
            kept = max(room, 0)
            if kept:
                self.parts.append(text[:kept])
                self.size += kept
            self.dropped += _len(text) - kept
        return _len(text)

    def text(self):
        out = ''.join(self.parts)
        if self.dropped:
            out += f'\n[output truncated: {self.dropped} more characters]'
        return out


def _user_line(error):
    line = None
    tb = error.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == USER_FILE:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _describe(error):
    kind = _type(error)
    module = getattr(kind, '__module__', 'builtins')
    name = kind.__qualname__ if module in ('builtins', '__main__') else f'{module}.{kind.__qualname__}'
    try:
        text = _str(error)
    except BaseException:
        text = ''
    return f'{name}: {text}' if text else name


def _at(line):
    return f' (line {line})' if line is not None else ''


def _failure(error):
    line = _user_line(error)
    if _isinstance(error, KeyboardInterrupt):
        return 'interrupted', 'KeyboardInterrupt' + _at(line)
    if _isinstance(error, MemoryError):
        return 'memory', 'MemoryError: the code ran out of memory' + _at(line)
    if _isinstance(error, RecursionError):
        cap = LIMITS['recursion']
        note = f'; the sandbox caps the recursion limit at {cap}' if sys.getrecursionlimit() >= cap else ''
        return 'stack', _describe(error) + _at(line) + note
    if _isinstance(error, SystemExit):
        return 'runtime', (f'SystemExit: the code called sys.exit({error.code!r}){_at(line)}; '
                           'a code node must return a dict from main() instead of exiting')
    if _type(error).__name__ == 'ZoneInfoNotFoundError':
        first = _str(error.args[0] if error.args else '').split('\n')[0].strip().rstrip('.')
        return 'runtime', (f'ZoneInfoNotFoundError: {first}{_at(line)}. The time zone database '
                           '(tzdata) is not available offline in the Python sandbox: use fixed offsets such as '
                           'datetime.timezone(datetime.timedelta(hours=8))')
    name = getattr(error, 'name', None) if _isinstance(error, ModuleNotFoundError) else None
    if _isinstance(name, _str) and name and name.partition('.')[0] not in BLOCKED_ROOTS:
        root = name.partition('.')[0]
        return 'runtime', (f"ModuleNotFoundError: No module named '{root}'{_at(line)}. "
                           'The Python sandbox runs offline with the standard library only: '
                           f"third-party packages such as '{root}' are not available")
    return 'runtime', _describe(error) + _at(line)


def _too_large(size):
    return 'result', (f'The dict returned by main() is too large: {size} characters of JSON '
                      f'(the limit is {LIMITS["result"]})')


def _call(code, inputs_json):
    try:
        compiled = compile(code, USER_FILE, 'exec', dont_inherit=True)
    except SyntaxError as error:
        return 'syntax', f'{_type(error).__name__}: {error.msg}{_at(error.lineno)}'
    namespace = {'__name__': '__main__', '__builtins__': dict(BASELINE.user_builtins)}
    exec(compiled, namespace)
    main = namespace.get('main')
    if not callable(main):
        return 'runtime', 'The code must define a function main(...) that returns a dict'
    result = main(**_loads(inputs_json))
    if not _isinstance(result, dict):
        return 'result', f'main() must return a dict, but it returned {_type(result).__name__}'
    strings = sum(_len(value) for value in result.values() if _type(value) is _str)
    if strings > LIMITS['result']:
        return _too_large(strings)
    try:
        text = _encode(result)
    except (TypeError, ValueError, OverflowError) as error:
        return 'result', f'The dict returned by main() cannot be converted to JSON: {_describe(error)}'
    if _len(text) > LIMITS['result']:
        return _too_large(_len(text))
    return 'ok', text


def _pending_interrupt():
    return None


def run(code, inputs_json):
    """One call: returns (status, payload, logs). status is 'ok' or an error type."""
    try:
        _pending_interrupt()  # a KeyboardInterrupt left over from the previous call lands here
    except KeyboardInterrupt:
        pass
    output = Output(LIMITS['logs'])
    saved = sys.stdout, sys.stderr
    try:
        BASELINE.restore()
        sys.stdout = sys.stderr = output
        status, payload = contextvars.Context().run(_call, code, inputs_json)
    except BaseException as error:
        status, payload = _failure(error)
        error = None
    finally:
        sys.stdout, sys.stderr = saved
    return status, payload, output.text()


def configure(log_chars, result_chars, recursion):
    LIMITS['logs'] = log_chars
    LIMITS['result'] = result_chars
    LIMITS['recursion'] = recursion


def _audit(event, args):
    # A hook added by user code could never be removed and would break every later call.
    if event == 'sys.addaudithook':
        raise RuntimeError('sys.addaudithook is not allowed in the Python sandbox')


LIMITS = {'result': 16_000_000, 'logs': 100_000, 'recursion': 3000}
BASELINE = Baseline()
sys.addaudithook(_audit)
`;
