#!/usr/bin/env python3
"""Generate tests/data/normalize_cases.tsv: test cases for the vntext normalizer.

Run:  python3 tests/data/gen_normalize_cases.py      (writes normalize_cases.tsv beside itself)

The expected values are written BY HAND below (the correct spelling of real words, the old and new
style of every open oa/oe/uy syllable, the repaired form of every broken input).  Two independent
checks guard them:
  * a small rule-based oracle (ORACLE section, written from /work/shared/ORTHOGRAPHY.md, not from any
    implementation) must reproduce every hand-written `old` and `new` value;
  * `new` values not written by hand come from `simple_new`, a regex that only knows
    "open oa/oe/uy: move the tone from the first to the second vowel letter".
Any disagreement aborts the script.  After writing, the file is re-read and validated.

Columns: input<TAB>old<TAB>new<TAB>note.  `input` may contain Rust-style escapes \\u{301}; every
combining mark, U+00D0/U+00F0, and invisible/space-like character in `input` is written escaped.
"""
import os
import re
import sys
import unicodedata as ud
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'normalize_cases.tsv')

# ----------------------------------------------------------------------------------------------
# ORACLE: Vietnamese syllable parser and tone placer (from ORTHOGRAPHY.md)
# ----------------------------------------------------------------------------------------------
TONE_MARKS = {'\u0300': 'huyền', '\u0301': 'sắc', '\u0309': 'hỏi', '\u0303': 'ngã', '\u0323': 'nặng'}
DEPRECATED = {'\u0340': '\u0300', '\u0341': '\u0301'}
MODS = {'\u0302', '\u0306', '\u031b'}
MOD_LETTER = {('a', '\u0302'): 'â', ('a', '\u0306'): 'ă', ('e', '\u0302'): 'ê',
              ('o', '\u0302'): 'ô', ('o', '\u031b'): 'ơ', ('u', '\u031b'): 'ư'}
VOWELS = set('aăâeêioôơuưy')
ONSETS = ['ngh', 'ng', 'gh', 'kh', 'nh', 'ph', 'th', 'tr', 'ch',
          'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x']
STOPS = {'c', 'ch', 'p', 't'}
_A = {'', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'}
_CLOSED = {'c', 'm', 'n', 'ng', 'p', 't'}
RIMES = {  # written vowel sequence -> allowed consonant codas ('' = open or semivowel-final)
    'a': _A, 'ă': _CLOSED, 'â': _CLOSED,
    'e': {'', 'c', 'm', 'n', 'ng', 'p', 't'}, 'ê': {'', 'ch', 'm', 'n', 'nh', 'p', 't'},
    'i': {'', 'ch', 'm', 'n', 'nh', 'p', 't'}, 'y': {''},
    'o': {'', 'c', 'm', 'n', 'ng', 'p', 't'}, 'ô': {'', 'c', 'm', 'n', 'ng', 'p', 't'},
    'ơ': {'', 'm', 'n', 'p', 't'}, 'u': {'', 'c', 'm', 'n', 'ng', 'p', 't'},
    'ư': {'', 'c', 'm', 'n', 'ng', 't'},
    'iê': _CLOSED, 'yê': {'m', 'n', 'ng', 'p', 't'}, 'uô': _CLOSED, 'ươ': _CLOSED,
    'oa': _A, 'oă': _CLOSED, 'oe': {'', 'm', 'n', 't'},
    'uâ': {'c', 'n', 'ng', 't'}, 'uê': {'', 'ch', 'nh'}, 'uy': {'', 'ch', 'n', 'nh', 'p', 't'},
    'uyê': {'n', 't'}, 'oo': {'c', 'ng'}, 'uơ': {''},
}
for _v in ['ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi', 'ua', 'ui',
           'ưa', 'ưi', 'ưu', 'iêu', 'yêu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uôi', 'ươi', 'ươu',
           'uya', 'uyu']:
    RIMES[_v] = {''}
FRONT = set('ieêy')


def parse(L):
    """L: lower-case letters (modifiers applied, no tone). -> (onset, vowels, coda) or None."""
    if L.startswith('qu') and len(L) > 2 and L[2] in VOWELS and L[2] != 'u':
        on = 'qu'
    elif L.startswith('gi') and len(L) > 2 and L[2] in VOWELS:
        on = 'gi'
    elif L.startswith('gi'):
        on = 'g'  # gì, gìn: the i is the nucleus
    else:
        on = ''
        for o in ONSETS:
            if L.startswith(o):
                on = o
                break
    rest = L[len(on):]
    i = 0
    while i < len(rest) and rest[i] in VOWELS:
        i += 1
    V, C = rest[:i], rest[i:]
    if not V or V not in RIMES:
        return None
    allowed = RIMES[V]
    if on == 'qu' and V == 'y':
        allowed = RIMES['uy']       # quy, quýnh, quýt: qu + (u)y
    if on == 'gi' and V[0] == 'ê':
        allowed = RIMES.get('i' + V, RIMES[V]) | RIMES[V]  # giếng = gi + (i)êng
    if C not in allowed:
        return None
    if on == 'gi' and V[0] == 'i':
        return None
    if on in ('k', 'gh', 'ngh') and V[0] not in FRONT:
        return None
    if on in ('c', 'ng') and V[0] in FRONT:
        return None
    if on == 'g' and V[0] in FRONT and not L.startswith('gi'):
        return None
    return on, V, C


def tone_index(V, C, style):
    """Index in the vowel sequence V of the letter that carries the tone."""
    if 'ươ' in V:
        return V.index('ươ') + 1
    for i, ch in enumerate(V):
        if ch in 'ăâêôơư':
            return i
    if len(V) == 1:
        return 0
    if len(V) == 3:
        return 1
    if C:
        return 1
    if V in ('oa', 'oe', 'uy'):
        return 0 if style == 'old' else 1
    return 0  # ai ao au ay eo ia iu oi ua ui ...


def analyse(run):
    s = ud.normalize('NFD', ''.join(DEPRECATED.get(c, c) for c in run))
    groups, tones = [], []
    for c in s:
        if ud.category(c).startswith('M'):
            if not groups:
                return None
            if c in TONE_MARKS:
                # A tone mark belongs on a vowel: on a consonant the word is not Vietnamese
                # (and `hoaǹ` must not change with its form: NFC has `ǹ` as one letter).
                if groups[-1][0].lower() not in 'aeiouy':
                    return None
                tones.append(c)
            elif c in MODS:
                if groups[-1][1] is not None:
                    return None
                groups[-1][1] = c
            else:
                return None
        else:
            groups.append([c, None])
    eth = False
    letters = []
    for k, (b, m) in enumerate(groups):
        lb = b.lower()
        if lb == 'ð':
            if k != 0:
                return None
            lb, eth = 'đ', True
        if len(lb) != 1 or lb not in 'abcdđeghiklmnopqrstuvxy':
            return None
        if m is not None:
            if (lb, m) not in MOD_LETTER:
                return None
            lb = MOD_LETTER[(lb, m)]
        letters.append(lb)
    p = parse(''.join(letters))
    if p is None or len(set(tones)) > 1:
        return None
    tone = tones[0] if tones else None
    if p[2] in STOPS and tone not in ('\u0301', '\u0323'):
        return None
    return groups, p, tone, eth


def restyle_run(run, style):
    a = analyse(run)
    if a is None:
        return ud.normalize('NFC', run)
    groups, (on, V, C), tone, eth = a
    pos = 1 if (on == 'g' and V == 'i') else len(on) + tone_index(V, C, style)
    out = []
    for k, (b, m) in enumerate(groups):
        if k == 0 and eth:
            b = 'Đ' if b == 'Ð' else 'đ'
        out.append(b)
        if m:
            out.append(m)
        if tone and k == pos:
            out.append(tone)
    return ud.normalize('NFC', ''.join(out))


def runs(text):
    """Split into (is_letter_run, piece); a run is a maximal sequence of letters and marks."""
    out, cur, cur_kind = [], '', None
    for c in text:
        kind = ud.category(c)[0] in 'LM'
        if cur_kind is None or kind == cur_kind:
            cur += c
        else:
            out.append((cur_kind, cur))
            cur = c
        cur_kind = kind
    if cur:
        out.append((cur_kind, cur))
    return out


def oracle(text, style):
    return ''.join(restyle_run(p, style) if r else ud.normalize('NFC', p) for r, p in runs(text))


# ----------------------------------------------------------------------------------------------
# Independent "new style" derivation: regex on whole words, knows only open oa / oe / uy.
# ----------------------------------------------------------------------------------------------
_TONED = {}
for base in 'aeouy':
    for mark in TONE_MARKS:
        _TONED[ud.normalize('NFC', base + mark)] = (base, mark)
_OPEN = re.compile(r'(|b|c|ch|d|đ|g|h|kh|l|m|n|ng|nh|ph|r|s|t|th|tr|v|x)'
                   r'([òóỏõọ]a|[òóỏõọ]e|[ùúủũụ]y)')


def simple_new(text):
    def fix(m):
        w = m.group(0)
        lw = w.lower()
        mm = _OPEN.fullmatch(lw)
        if not mm:
            return w
        on, rime = mm.group(1), mm.group(2)
        b1, mark = _TONED[rime[0]]
        nl = on + b1 + ud.normalize('NFC', rime[1] + mark)
        return ''.join(n.upper() if o.isupper() else n for o, n in zip(w, nl))
    return re.sub(r'[^\W\d_]+', fix, text)


# ----------------------------------------------------------------------------------------------
# escapes
# ----------------------------------------------------------------------------------------------
def unescape(s):
    return re.sub(r'\\u\{([0-9a-fA-F]{1,6})\}', lambda m: chr(int(m.group(1), 16)), s)


_ESC_ALWAYS = {'\u00d0', '\u00f0', '\u0340', '\u0341'}


def escape(s):
    out = []
    for c in s:
        cat = ud.category(c)
        if cat[0] == 'M' or c in _ESC_ALWAYS or cat in ('Cf', 'Cc', 'Zl', 'Zp') or (cat == 'Zs' and c != ' '):
            out.append('\\u{%x}' % ord(c))
        else:
            out.append(c)
    return ''.join(out)


def nfd(s):
    return ud.normalize('NFD', s)


# ----------------------------------------------------------------------------------------------
# row collection
# ----------------------------------------------------------------------------------------------
ROWS = []
SEEN = {}
ERRORS = []


def add(inp, note, old=None, new=None):
    """inp: text, may contain \\u{..} escapes.  old: hand-written expectation (None = identity,
    i.e. NFC of the input).  new: hand-written (None = simple_new(old))."""
    raw = unescape(inp)
    if old is None:
        old = ud.normalize('NFC', raw)
    if new is None:
        new = simple_new(old)
    o_old, o_new = oracle(raw, 'old'), oracle(raw, 'new')
    if o_old != old or o_new != new:
        ERRORS.append('MISMATCH %r [%s]: hand old=%r new=%r | oracle old=%r new=%r'
                      % (escape(raw), note, old, new, o_old, o_new))
        return
    key = escape(raw)
    if key in SEEN:
        if SEEN[key] != (old, new):
            ERRORS.append('CONFLICT %r' % key)
        return
    SEEN[key] = (old, new)
    ROWS.append((key, old, new, note))


def words(s):
    return s.split()


# ==============================================================================================
# 1. Rime classes (input = correct old-style NFC word, hand-typed)
# ==============================================================================================
RIME_WORDS = [
    ('a', 'má bà lạ'), ('ac', 'bác lạc'), ('ach', 'sách mạch'), ('am', 'làm tám'),
    ('an', 'bàn bản'), ('ang', 'làng sáng'), ('anh', 'cảnh bánh'), ('ap', 'đáp tạp'),
    ('at', 'hát bạt'),
    ('ăc', 'bắc mặc'), ('ăm', 'cắm nằm'), ('ăn', 'cằn bắn'), ('ăng', 'lặng thẳng'),
    ('ăp', 'cắp gặp'), ('ăt', 'mắt mặt'),
    ('âc', 'nấc bậc'), ('âm', 'cầm tấm'), ('ân', 'cần bận'), ('âng', 'tầng nấng'),
    ('âp', 'tập cấp'), ('ât', 'mật tất'),
    ('e', 'mẹ xé'), ('ec', 'séc'), ('em', 'kém hẻm'), ('en', 'đèn hẹn'), ('eng', 'xẻng kẻng'),
    ('ep', 'dép hẹp'), ('et', 'xét nét'),
    ('ê', 'về thể'), ('êch', 'lệch ếch'), ('ênh', 'mệnh kềnh'), ('êm', 'đếm nệm'),
    ('ên', 'bến nền'), ('êp', 'bếp xếp'), ('êt', 'hết tết'),
    ('i', 'bí chỉ bị'), ('ich', 'lịch thích'), ('inh', 'kính tỉnh'), ('im', 'tìm tím'),
    ('in', 'chín tín'), ('ip', 'kịp nhíp'), ('it', 'ít thịt'),
    ('y', 'ý kỳ Mỹ lý'),
    ('o', 'có lọ'), ('oc', 'học góc'), ('om', 'nhóm xóm'), ('on', 'ngọn còn'),
    ('ong', 'đóng trọng'), ('op', 'họp góp'), ('ot', 'ngọt bọt'),
    ('ô', 'bố tổ'), ('ôc', 'gốc tốc'), ('ôm', 'cốm đốm'), ('ôn', 'bốn tồn'),
    ('ông', 'đồng cộng'), ('ôp', 'hộp tốp'), ('ôt', 'tốt một'),
    ('ơ', 'ở mở'), ('ơm', 'sớm bờm'), ('ơn', 'lớn vờn'), ('ơp', 'lớp hợp'), ('ơt', 'bớt vợt'),
    ('u', 'tú cũ'), ('uc', 'cúc lục'), ('um', 'chúm tụm'), ('un', 'bún vụn'),
    ('ung', 'cùng chúng'), ('up', 'túp húp'), ('ut', 'rút bụt'),
    ('ư', 'từ chữ'), ('ưc', 'mức lực'), ('ưng', 'những từng'), ('ưt', 'mứt bứt'),
    ('ai', 'tài hải Ngãi'), ('ao', 'cáo bảo đạo'), ('au', 'sáu màu'), ('ay', 'máy chạy này'),
    ('âu', 'đầu dấu'), ('ây', 'thấy vậy'), ('eo', 'kéo mèo kẹo'), ('êu', 'nếu lều'),
    ('iu', 'chịu níu'), ('oi', 'nói gọi'), ('ôi', 'tối rồi hội'), ('ơi', 'mới trời đợi'),
    ('ui', 'núi bụi'), ('ưi', 'ngửi gửi'), ('ưu', 'cứu lựu'),
    ('ia', 'bìa mía nghĩa'), ('iê', 'biển tiếng việc kiểm thiết tiền nghiệp'),
    ('yê', 'yến yếm'), ('yêu', 'yếu yểu'), ('uyê', 'thuyền khuyến chuyển tuyệt uyển'),
    ('ua', 'của múa lụa'), ('uô', 'muốn cuộc buồn thuốc'), ('ưa', 'lửa cửa vừa'),
    ('ươ', 'được trường nước lượng cướp'), ('uôi', 'muối tuổi'), ('ươi', 'người mười tưới'),
    ('ươu', 'rượu bướu hươu'), ('iêu', 'điều hiếu nhiều'),
    ('oa+coda', 'hoàn toán hoạch khoảng thoát khoác ngoạm khoảnh'),
    ('oă', 'hoặc xoắn hoẵng'), ('oe+coda', 'khoét nhoẻn'), ('uâ', 'tuấn tuần khuẩn'),
    ('uê', 'Huế thuế huệ khuếch'), ('uy+coda', 'huỳnh huých uỵch tuýt'), ('uơ', 'thuở huơ'),
    ('oai', 'ngoài khoái loại'), ('oay', 'xoáy ngoáy'), ('oeo', 'ngoẻo ngoèo'),
    ('uây', 'khuấy nguẩy'), ('uya', 'khuya'), ('uyu', 'khuỷu khuỵu'),
    ('oo', 'goòng moóc xoong'),
    ('qu', 'quả quý quốc quyết quân quăng quê quạ quầy quỳnh quyển'),
    ('gi', 'già giữ giường gì gìn giếng giêng giỏi giúp giữa giày giặc'),
]
for rime, ws in RIME_WORDS:
    for w in words(ws):
        add(w, 'rime:' + rime)

# open oa / oe / uy: every tone, hand-written in both styles
STYLE_PAIRS = {
    'oa': [('hòa', 'hoà'), ('hóa', 'hoá'), ('thỏa', 'thoả'), ('lõa', 'loã'), ('họa', 'hoạ')],
    'oe': [('xòe', 'xoè'), ('tóe', 'toé'), ('khỏe', 'khoẻ'), ('khõe', 'khoẽ'), ('họe', 'hoẹ')],
    'uy': [('tùy', 'tuỳ'), ('thúy', 'thuý'), ('thủy', 'thuỷ'), ('lũy', 'luỹ'), ('ngụy', 'nguỵ')],
}
# more open oa/oe/uy words for the rime rows (old, new)
MORE_OPEN = {
    'oa': [('tòa', 'toà'), ('khóa', 'khoá'), ('xóa', 'xoá'), ('góa', 'goá'), ('tỏa', 'toả'),
           ('tọa', 'toạ'), ('xõa', 'xoã'), ('òa', 'oà')],
    'oe': [('lòe', 'loè'), ('khóe', 'khoé'), ('nhòe', 'nhoè'), ('hòe', 'hoè'), ('lóe', 'loé')],
    'uy': [('hủy', 'huỷ'), ('lụy', 'luỵ'), ('thùy', 'thuỳ'), ('ủy', 'uỷ'), ('khụy', 'khuỵ'),
           ('tủy', 'tuỷ')],
}
for rime, pairs in MORE_OPEN.items():
    for o, n in pairs:
        add(o, 'rime:' + rime, o, n)
        add(n, 'rime:' + rime, o, n)

# ==============================================================================================
# 2. Style rows: open oa/oe/uy, 5 tones x lower/Title/UPPER x (old input, new input)
# ==============================================================================================
for rime, pairs in STYLE_PAIRS.items():
    for o, n in pairs:
        for f, cname in ((str.lower, 'lower'), (str.title, 'title'), (str.upper, 'upper')):
            add(f(o), 'style:%s' % rime, f(o), f(n))
            add(f(n), 'style:%s' % rime, f(o), f(n))

STYLE_PHRASES = [  # (old, new)
    ('hòa bình', 'hoà bình'), ('Ủy ban nhân dân', 'Uỷ ban nhân dân'), ('sức khỏe', 'sức khoẻ'),
    ('thủy điện', 'thuỷ điện'), ('văn hóa', 'văn hoá'), ('Tỉnh ủy', 'Tỉnh uỷ'),
    ('Khánh Hòa', 'Khánh Hoà'), ('Thanh Hóa', 'Thanh Hoá'), ('tòa án', 'toà án'),
    ('chìa khóa', 'chìa khoá'), ('hủy bỏ', 'huỷ bỏ'), ('xóa đói giảm nghèo', 'xoá đói giảm nghèo'),
    ('họa sĩ', 'hoạ sĩ'), ('thỏa thuận', 'thoả thuận'), ('tùy ý', 'tuỳ ý'),
    ('lòe loẹt', 'loè loẹt'), ('chung thủy', 'chung thuỷ'), ('lũy tre', 'luỹ tre'),
    ('òa khóc', 'oà khóc'), ('Ủy viên', 'Uỷ viên'), ('hạch họe', 'hạch hoẹ'),
    ('khỏe mạnh', 'khoẻ mạnh'), ('sao Hỏa', 'sao Hoả'), ('ngụy biện', 'nguỵ biện'),
    ('hệ lụy', 'hệ luỵ'), ('đóa hoa', 'đoá hoa'), ('tóe nước', 'toé nước'),
    ('xòe ô', 'xoè ô'), ('Thúy Kiều', 'Thuý Kiều'), ('thủy thủ', 'thuỷ thủ'),
]
for o, n in STYLE_PHRASES:
    add(o, 'style:phrase', o, n)
    add(n, 'style:phrase', o, n)

# ==============================================================================================
# 3. Same in both styles: closed or 3-letter rimes, qu/gi, ia/ua/ưa, iê/uô
# ==============================================================================================
SAME = ['hoàn', 'toán', 'huỳnh', 'khuỷu', 'thuyền', 'ngoài', 'xoáy', 'người', 'quý', 'già', 'bìa',
        'của', 'lửa', 'muốn', 'biển',
        'HOÀN THÀNH', 'Toán học', 'HUỲNH', 'khuỷu tay', 'THUYỀN', 'bên ngoài', 'xoáy nước',
        'NGƯỜI DÂN', 'Quý', 'GIÀ', 'bìa sách', 'CỦA', 'ngọn lửa', 'MUỐN', 'BIỂN', 'Huỳnh Thúc Kháng',
        'quả', 'QUẢ', 'quà', 'quạ', 'quỷ', 'quỳ', 'Quý I', 'gì', 'gìn giữ', 'GIẶC', 'khuya',
        'đêm khuya', 'KHUYA', 'thuở', 'huơ tay', 'khuấy', 'uể oải', 'Hoàng', 'Nguyễn', 'Quỳnh',
        'quyết toán', 'hoạch định', 'khoảng', 'Xoay', 'xoay', 'loay hoay', 'ngoằn ngoèo',
        'tuýt còi', 'huých', 'hoa', 'khoe', 'suy', 'Huy', 'thuê', 'tuy']
for w in SAME:
    add(w, 'same:both')

# ==============================================================================================
# 4. Case
# ==============================================================================================
CASE = [  # (input, old, new, note)
    ('HOÀ BÌNH', 'HÒA BÌNH', 'HOÀ BÌNH', 'case:upper'),
    ('HÒA BÌNH', 'HÒA BÌNH', 'HOÀ BÌNH', 'case:upper'),
    ('Hoà Bình', 'Hòa Bình', 'Hoà Bình', 'case:title'),
    ('Hòa Bình', 'Hòa Bình', 'Hoà Bình', 'case:title'),
    ('TỈnh', 'TỈnh', 'TỈnh', 'case:mixed'),
    ('Phó Bí thư TỈnh ủy', 'Phó Bí thư TỈnh ủy', 'Phó Bí thư TỈnh uỷ', 'case:mixed'),
    ('ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN', 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
     'UỶ BAN NHÂN DÂN TỈNH LẠNG SƠN', 'case:upper'),
    ('UỶ BAN NHÂN DÂN', 'ỦY BAN NHÂN DÂN', 'UỶ BAN NHÂN DÂN', 'case:upper'),
    ('THỦY ĐIỆN HÒA BÌNH', 'THỦY ĐIỆN HÒA BÌNH', 'THUỶ ĐIỆN HOÀ BÌNH', 'case:upper'),
    ('SỨC KHOẺ', 'SỨC KHỎE', 'SỨC KHOẺ', 'case:upper'),
    ('NGỪƠI', 'NGƯỜI', 'NGƯỜI', 'case:upper'),
    ('GÌA', 'GIÀ', 'GIÀ', 'case:upper'),
    ('QỦA', 'QUẢ', 'QUẢ', 'case:upper'),
    ('HÒAN TẤT', 'HOÀN TẤT', 'HOÀN TẤT', 'case:upper'),
    ('KHUỶU TAY', 'KHUỶU TAY', 'KHUỶU TAY', 'case:upper'),
    ('Ngừơi dân', 'Người dân', 'Người dân', 'case:title'),
    ('HoÀ', 'HòA', 'HoÀ', 'case:mixed'),
    ('hOà', 'hÒa', 'hOà', 'case:mixed'),
    ('ThUỶ', 'ThỦY', 'ThUỶ', 'case:mixed'),
    ('KhỎe', 'KhỎe', 'KhOẻ', 'case:mixed'),
    ('ĐẢNG CỘNG SẢN VIỆT NAM', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'case:upper'),
    ('VĂN HOÁ', 'VĂN HÓA', 'VĂN HOÁ', 'case:upper'),
    ('Ủy Ban', 'Ủy Ban', 'Uỷ Ban', 'case:title'),
    ('KHÁNH HOÀ', 'KHÁNH HÒA', 'KHÁNH HOÀ', 'case:upper'),
    ('Thanh Hoá', 'Thanh Hóa', 'Thanh Hoá', 'case:title'),
    ('QUỐC HỘI', 'QUỐC HỘI', 'QUỐC HỘI', 'case:upper'),
    ('ỦY VIÊN BAN THƯỜNG VỤ TỈNH ỦY', 'ỦY VIÊN BAN THƯỜNG VỤ TỈNH ỦY',
     'UỶ VIÊN BAN THƯỜNG VỤ TỈNH UỶ', 'case:upper'),
    ('TÒA ÁN NHÂN DÂN TỐI CAO', 'TÒA ÁN NHÂN DÂN TỐI CAO', 'TOÀ ÁN NHÂN DÂN TỐI CAO', 'case:upper'),
    ('Tòa Án Nhân Dân', 'Tòa Án Nhân Dân', 'Toà Án Nhân Dân', 'case:title'),
    ('TỈNH', 'TỈNH', 'TỈNH', 'case:upper'),
    ('Nghĩa', 'Nghĩa', 'Nghĩa', 'case:title'),
    ('NGHIÊNG', 'NGHIÊNG', 'NGHIÊNG', 'case:upper'),
    ('GIƯỜNG', 'GIƯỜNG', 'GIƯỜNG', 'case:upper'),
    ('Giữa', 'Giữa', 'Giữa', 'case:title'),
    ('QUYẾT ĐỊNH', 'QUYẾT ĐỊNH', 'QUYẾT ĐỊNH', 'case:upper'),
    ('KHUẤY', 'KHUẤY', 'KHUẤY', 'case:upper'),
    ('NGOẺO', 'NGOẺO', 'NGOẺO', 'case:upper'),
    ('ĐÀN BÀ', 'ĐÀN BÀ', 'ĐÀN BÀ', 'case:upper'),
    ('THUỶ', 'THỦY', 'THUỶ', 'case:upper'),
    ('Uỷ ban', 'Ủy ban', 'Uỷ ban', 'case:title'),
]
for inp, o, n, note in CASE:
    add(inp, note, o, n)

# ==============================================================================================
# 5. NFD input (fully decomposed), NFC-fixable mark order, mixed NFC+combining
# ==============================================================================================
NFD_WORDS = [  # correct old style; input is the NFD of it
    'Việt Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam', 'Độc lập - Tự do - Hạnh phúc', 'được',
    'lực lượng', 'tập trung', 'một', 'lịch sử', 'lụa', 'ngụy', 'khuỵu', 'hoạch', 'thuộc', 'nặng',
    'hợp tác', 'tự', 'vậy', 'động', 'chị', 'cụ', 'tỵ nạn', 'nghiệp', 'đặc biệt', 'mặt trận',
    'Quốc hội', 'người', 'trường', 'nước', 'thuyền', 'khuyên', 'quyết định', 'giữa', 'giường',
    'thuở', 'khuấy', 'ngoẻo', 'khuỷu', 'ngoài', 'xoáy', 'hươu', 'rượu', 'cứu', 'ngửi', 'yếu',
    'điều', 'muối', 'tuổi', 'biển', 'muốn', 'của', 'lửa', 'bìa', 'già', 'gìn', 'quả', 'quý',
    'thủy', 'hòa', 'khỏe', 'Ủy ban', 'HÒA', 'ĐƯỢC', 'NGƯỜI', 'HỢP ĐỒNG', 'Thủ tướng Chính phủ',
    'Hội đồng nhân dân', 'kinh tế - xã hội', 'ướt', 'ưu tiên', 'ẵm', 'ỉu', 'ổn định', 'ợ',
    'họe', 'lũy', 'xõa', 'Ự', 'ẶC', 'LỢI', 'chuyện', 'ngoặc', 'quậy',
]
for w in NFD_WORDS:
    add(escape(nfd(w)), 'nfd', w)

NFD_NEW = [  # (new-style word, old-style word): NFD input in the new style
    ('hoà', 'hòa'), ('khoẻ', 'khỏe'), ('thuỷ', 'thủy'), ('Uỷ ban', 'Ủy ban'), ('nguỵ', 'ngụy'),
    ('hoạ', 'họa'), ('HOÀ', 'HÒA'), ('thoả thuận', 'thỏa thuận'), ('luỹ', 'lũy'), ('toà', 'tòa'),
    ('hoẹ', 'họe'), ('khoẽ', 'khõe'),
]
for n, o in NFD_NEW:
    add(escape(nfd(n)), 'nfd', o, n)

NFD_ORDER = [  # non-canonical mark order that canonical reordering (NFC) fixes
    (r'Vie\u{302}\u{323}t', 'Việt'), (r'đu\u{31b}o\u{323}\u{31b}c', 'được'),
    (r'ma\u{306}\u{323}t', 'mặt'), (r'to\u{301}\u{31b}i', 'tới'), (r'lu\u{323}\u{31b}c', 'lực'),
    (r'ta\u{302}\u{323}p', 'tập'), (r'mo\u{302}\u{323}t', 'một'),
    (r'ngu\u{31b}o\u{300}\u{31b}i', 'người'), (r'ng\u{1b0}o\u{303}\u{31b}ng', 'ngưỡng'),
    (r'thu\u{323}\u{31b}c', 'thực'), (r'nghie\u{302}\u{323}p', 'nghiệp'),
]
for inp, o in NFD_ORDER:
    add(inp, 'nfd:order', o)

NFD_MIXED = [  # precomposed letters followed by combining marks
    (r'tiê\u{301}ng', 'tiếng'), (r'Viê\u{323}t', 'Việt'), (r'ngươ\u{300}i', 'người'),
    (r'hoa\u{300}', 'hòa'), (r'lọ\u{31b}i', 'lợi'), (r'khă\u{301}c', 'khắc'),
    (r'đâ\u{300}u', 'đầu'), (r'Đô\u{300}ng', 'Đồng'), (r'ơ\u{309}', 'ở'), (r'tuyê\u{309}n', 'tuyển'),
    (r'thuy\u{309}', 'thủy'), (r'kho\u{309}e', 'khỏe'), (r'Hà Nô\u{323}i', 'Hà Nội'),
    (r'u\u{31b}\u{301}ng', 'ứng'), (r'lu\u{31b}ơ\u{323}ng', 'lượng'),
]
for inp, o in NFD_MIXED:
    add(inp, 'nfd:mixed', o)

# ==============================================================================================
# 6. Repairs
# ==============================================================================================
MISPLACED = [  # (input, old) -- NFC input with the tone on the wrong vowel
    ('qủa', 'quả'), ('gìa', 'già'), ('nghìên', 'nghiền'), ('thuýên', 'thuyến'), ('tụynh', 'tuỵnh'),
    ('hòan', 'hoàn'), ('tóan', 'toán'), ('hùynh', 'huỳnh'), ('khủyu', 'khuỷu'), ('khuyủ', 'khuỷu'),
    ('thùyên', 'thuyền'), ('ngòai', 'ngoài'), ('ngoaì', 'ngoài'), ('xóay', 'xoáy'),
    ('xoaý', 'xoáy'), ('ngừơi', 'người'), ('bỉên', 'biển'), ('múôn', 'muốn'), ('cuả', 'của'),
    ('lưả', 'lửa'), ('bià', 'bìa'), ('gíup', 'giúp'), ('gĩưa', 'giữa'), ('giưã', 'giữa'),
    ('qúôc', 'quốc'), ('taì', 'tài'), ('caó', 'cáo'), ('rựơu', 'rượu'), ('thủơ', 'thuở'),
    ('khúây', 'khuấy'), ('ngỏeo', 'ngoẻo'), ('ngoeỏ', 'ngoẻo'), ('qúyêt', 'quyết'),
    ('đựơc', 'được'), ('trừơng', 'trường'), ('nứơc', 'nước'), ('vịêc', 'việc'),
    ('nhìêu', 'nhiều'), ('ýêu', 'yếu'), ('khuýên', 'khuyến'), ('tủôi', 'tuổi'), ('múôi', 'muối'),
    ('mừơi', 'mười'), ('Hòang', 'Hoàng'), ('họăc', 'hoặc'), ('túân', 'tuấn'), ('Húê', 'Huế'),
    ('thúê', 'thuế'), ('chìêu', 'chiều'), ('gíêng', 'giếng'), ('qúy', 'quý'), ('qùa', 'quà'),
    ('gịa', 'giạ'), ('kiêù', 'kiều'), ('giaỳ', 'giày'), ('gioỉ', 'giỏi'), ('tuí', 'túi'),
    ('nghiã', 'nghĩa'), ('muà', 'mùa'), ('thưà', 'thừa'), ('cưú', 'cứu'), ('khỏang', 'khoảng'),
    ('họach', 'hoạch'), ('gìương', 'giường'), ('húyt', 'huýt'), ('gòong', 'goòng'),
    ('ùynh', 'uỳnh'), ('Nguỵên', 'Nguyện'), ('qủy', 'quỷ'), ('chúyên', 'chuyến'),
    ('khủyu tay', 'khuỷu tay'), ('ngòai trời', 'ngoài trời'),
    ('tòan bộ', 'toàn bộ'), ('hòan thành kế họach', 'hoàn thành kế hoạch'),
]
for inp, o in MISPLACED:
    add(inp, 'repair:misplaced', o)

MISPLACED_NFD = [  # NFD input with the tone mark after a wrong vowel
    (r'ngu\u{31b}o\u{31b}i\u{300}', 'người'), (r'ho\u{300}an', 'hoàn'),
    (r'qu\u{309}a', 'quả'), (r'gi\u{300}a', 'già'), (r'ngo\u{300}ai', 'ngoài'),
    (r'thu\u{300}ye\u{302}n', 'thuyền'), (r'khu\u{309}yu', 'khuỷu'), (r'vi\u{323}e\u{302}c', 'việc'),
    (r'cua\u{309}', 'của'), (r'lu\u{31b}a\u{309}', 'lửa'), (r'Hu\u{300}ynh', 'Huỳnh'),
]
for inp, o in MISPLACED_NFD:
    add(inp, 'repair:misplaced', o)

ON_CONSONANT = [  # NFD input, the tone mark attached to the final consonant: not repaired,
    # since the NFC form of `n` + U+0300 is the letter `ǹ` and a word must not change with its
    # form; the output is the input's NFC.
    (r'hoan\u{300}', 'hoàn'), (r'toan\u{301}', 'toán'), (r'vie\u{302}t\u{323}', 'việt'),
    (r'hoc\u{323}', 'học'), (r'tinh\u{309}', 'tỉnh'), (r'thanh\u{300}', 'thành'),
    (r'quan\u{309}', 'quản'), (r'hoach\u{323}', 'hoạch'), (r'đông\u{300}', 'đồng'),
    (r'Nguyên\u{303}', 'Nguyễn'), (r'trương\u{300}', 'trường'), (r'huynh\u{300}', 'huỳnh'),
    (r'Lang\u{323}', 'Lạng'),
    (r'HOAN\u{300}', 'HOÀN'), (r'Tinh\u{309} u\u{309}y', 'Tỉnh ủy'),
]
for inp, _ in ON_CONSONANT:
    add(inp, 'identity:on-consonant')

DOUBLE = [  # the same tone mark written twice on one syllable: (input, old, new)
    (r'ho\u{300}a\u{300}', 'hòa', 'hoà'), ('hòà', 'hòa', 'hoà'), (r'to\u{301}a\u{301}n', 'toán', None),
    (r'ngươ\u{300}i\u{300}', 'người', None), (r'thu\u{309}y\u{309}', 'thủy', 'thuỷ'),
    (r'kho\u{309}e\u{309}', 'khỏe', 'khoẻ'), (r'vie\u{302}\u{323}\u{323}t', 'việt', None),
    ('qúá', 'quá', None), (r'tie\u{302}\u{301}\u{301}ng', 'tiếng', None), ('HÒÀ', 'HÒA', 'HOÀ'),
    (r'đồ\u{300}ng', 'đồng', None), ('ngòaì', 'ngoài', None), ('Ủỷ ban', 'Ủy ban', 'Uỷ ban'),
    ('gìà', 'già', None), ('ngụỵ', 'ngụy', 'nguỵ'),
]
for inp, o, n in DOUBLE:
    add(inp, 'repair:double-tone', o, n)

ORDER230 = [  # two class-230 marks in the wrong order: NFC does not fix, the normalizer must
    (r'e\u{301}\u{302}', 'ế'), (r'o\u{300}\u{302}', 'ồ'), (r'e\u{303}\u{302}', 'ễ'),
    (r'tie\u{301}\u{302}ng', 'tiếng'), (r'ma\u{301}\u{306}t', 'mắt'), (r'đo\u{300}\u{302}ng', 'đồng'),
    (r'ca\u{309}\u{302}n', 'cẩn'), (r'nhie\u{300}\u{302}u', 'nhiều'), (r'mo\u{303}\u{302}i', 'mỗi'),
    (r'ha\u{300}\u{306}ng', 'hằng'), (r'Đà Na\u{303}\u{306}ng', 'Đà Nẵng'), (r'é\u{302}', 'ế'),
    (r'ò\u{302}', 'ồ'), (r'ná\u{306}ng', 'nắng'), (r'VIE\u{301}\u{302}T', 'VIẾT'),
    (r'khua\u{301}\u{302}y', 'khuấy'), (r'thuye\u{300}\u{302}n', 'thuyền'),
    (r'Nguye\u{303}\u{302}n', 'Nguyễn'), (r'ta\u{301}\u{302}t', 'tất'), (r'bie\u{309}\u{302}n', 'biển'),
    (r'O\u{309}\u{302}N ĐỊNH', 'ỔN ĐỊNH'), (r'the\u{301}\u{302}', 'thế'),
    (r'kha\u{309}\u{306}ng đi\u{323}nh', 'khẳng định'), (r'\u{1ea1}\u{306}c', 'ặc'),
    (r'to\u{302}\u{301}t', 'tốt'),  # canonical order, for contrast
]
for inp, o in ORDER230:
    add(inp, 'repair:order230', o)

DEPREC = [  # deprecated U+0340 / U+0341 tone marks: (input, old, new)
    (r'ho\u{341}a', 'hóa', 'hoá'), (r'hoa\u{340}', 'hòa', 'hoà'), (r'tie\u{302}\u{341}ng', 'tiếng', None),
    (r'ngu\u{31b}o\u{31b}\u{340}i', 'người', None), (r'qua\u{341}', 'quá', None),
    (r'thu\u{340}y', 'thùy', 'thuỳ'), (r'tie\u{341}\u{302}n', 'tiến', None),
    (r'Vie\u{302}\u{341}t', 'Viết', None), (r'la\u{340}m', 'làm', None),
    (r'\u{d0}o\u{340}an', 'Đoàn', None),
]
for inp, o, n in DEPREC:
    add(inp, 'repair:deprecated', o, n)

ETH = [  # Icelandic eth at the start of a Vietnamese syllable
    (r'\u{d0}ông', 'Đông'), (r'\u{f0}ược', 'được'), (r'\u{d0}À NẴNG', 'ĐÀ NẴNG'),
    (r'\u{f0}o\u{302}\u{300}ng', 'đồng'), (r'\u{d0}ảng bộ', 'Đảng bộ'), (r'\u{f0}ìêu', 'điều'),
    (r'\u{d0}oàn', 'Đoàn'), (r'\u{f0}óa hoa', 'đóa hoa'), (r'\u{f0}i', 'đi'), (r'\u{f0}ang', 'đang'),
    (r'\u{d0}ại hội \u{d0}ảng', 'Đại hội Đảng'), (r'\u{d0}ỒNG', 'ĐỒNG'),
    (r'\u{f0}ồng chí', 'đồng chí'), (r'\u{d0}ỗ Thị Thu Huyền', 'Đỗ Thị Thu Huyền'),
]
for inp, o in ETH:
    add(inp, 'repair:eth', o)

ETH_FOREIGN = [r'Gu\u{f0}rún', r'Sigur\u{f0}ardóttir', r'fjör\u{f0}ur', r'bla\u{f0}',
               r'Gu\u{f0}mundur Þórsson', r'Gu\u{f0}rún và Hòa']
for inp in ETH_FOREIGN:
    add(inp, 'identity:eth-foreign')

TWO_TONES = [  # two DIFFERENT tone marks: not repaired, plain NFC
    (r'ho\u{300}a\u{301}', 'hòá'), (r'ngươ\u{301}i\u{300}', 'ngướì'), ('tóàn', 'tóàn'),
    (r'thu\u{309}y\u{301}', 'thủý'), (r'kho\u{309}e\u{301}', 'khỏé'),
    (r'ho\u{300}a\u{301} bi\u{300}nh', 'hòá bình'), ('Ủý ban', 'Ủý ban'), ('ngòái', 'ngòái'),
    (r'hoa\u{300}n\u{301}', 'hoàń'),
]
for inp, o in TWO_TONES:
    add(inp, 'nonrepair:two-tones', o, o)

INVALID = [  # look Vietnamese but are not valid syllables: passed through unchanged
    'hòach', 'hỏat', 'Hueyn.jpg', 'ôtô', 'mililít', 'sêri',
]
for w in INVALID:
    add(w, 'identity:invalid')

# ==============================================================================================
# 7. Identity: real news text (old style), quoted from the seed article and the binhvq sample
#    (github.com/binhvq/news-corpus, Apache-2.0)
# ==============================================================================================
NEWS = [
    'Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh Lạng Sơn lần thứ XVI, nhiệm kỳ 2015 - 2020',
    'Dự tại điểm cầu tỉnh có đồng chí Phạm Ngọc Thưởng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; các đồng chí lãnh đạo HĐND, UBND tỉnh, Ủy ban MTTQ tỉnh, Đoàn ĐBQH tỉnh, và lãnh đạo các sở, ban, ngành của tỉnh.',
    'Đồng chí Phạm Ngọc Thưởng, Phó Bí thư TỈnh ủy, Chủ tịch UBND tỉnh',
    'Theo đó, UBND tỉnh xác định chủ đề của năm 2020 là “Tăng cường kỷ luật, kỷ cương hành chính, nâng cao trách nhiệm, hiệu quả phục vụ người dân và doanh nghiệp”',
    'Phát triển kinh tế nhanh và bền vững gắn với phát triển văn hóa, xã hội, bảo vệ môi trường, nâng cao chất lượng đời sống vật chất, tinh thần của Nhân dân;',
    'Củng cố quốc phòng, an ninh, bảo vệ chủ quyền biên giới quốc gia, giữ vững an ninh chính trị, trật tự an toàn xã hội;',
    'phấn đấu đạt tốc độ tăng trưởng kinh tế 8,5 - 9%, tăng cường kỷ luật tài chính, quản lý và điều hành thực hiện dự toán ngân sách nhà nước chặt chẽ, đúng quy định',
    'tập trung thực hiện nhiệm vụ trước, trong và sau tết Canh tý 2020, với phương châm tổ chức mọi người, mọi nhà đều có tết',
    'Đỗ Thị Thu Huyền – Phòng QLNS',
    'Chây ì nộp phạt nguội.',
    "Hàng chục ngàn phương tiện bị ghi hình vi phạm luật giao thông ở TP.HCM, bị 'bêu tên' nhưng chủ vẫn không chịu nộp phạt.",
    'Trên cổng thông tin điện tử của Công an TP.HCM (CATP), mục thông tin về phương tiện vi phạm hành chính qua hình ảnh (từ ngày 4.1.2017 - 4.1.2018), có ghi nhận biển số xe, lỗi vi phạm, ngày vi phạm của 34.118 phương tiện (ô tô) chưa nộp phạt.',
    'Từ năm 2017 đến nay, PC67 trích xuất 49.704 trường hợp vi phạm nhưng mới chỉ xử phạt được 16.106 trường hợp (đạt tỷ lệ 32,4%).',
    'Việc cưỡng chế nộp phạt này chưa hiệu quả.',
    'Giờ còn thỏa thuận được thì ông nên cân nhắc mà quyết định .',
    'Chủ tọa cố khuyên nhủ: Ông đừng xin tòa, tòa không có tiền và không có quyền cho ông.',
    'CQĐT kết luận điều tra vụ án nhưng VKSND TP yêu cầu điều tra bổ sung làm rõ hành vi của hai người môi giới thế chấp xe là Huỳnh Thị Thu Thủy và Huỳnh Khắc Đáng, nếu đủ căn cứ thì khởi tố hình sự.',
    'Du khách tới đây cũng được tham gia các khóa học làm pho mát, mỳ, đan rổ.',
    'Vì còn sức khỏe, trời còn thương thì tôi vẫn sẽ tiếp tục đứng vững trên đôi chân của mình để nuôi dạy các con tốt nhất.',
    'Thị trưởng Efiscio Arbau muốn trẻ hóa cộng đồng bằng cách mời chào khách mua khoảng 200 căn nhà đá bỏ hoang và xuống cấp tại thị trấn với giá 1 USD mỗi căn với điều kiện đi kèm.',
    'Nội thất Xuân Hòa và dấu hỏi về khu đất vàng 24.000 m2 tại Cầu Diễn.',
    'Việc cấp phát thẻ ưu tiên diễn ra từ chiều 29.1.2018 đến hết 7.2.2018 tại Cung Văn hóa TP.Cẩm Phả.',
    'Tòa bị tuýt còi vì áp dụng luật sai.',
    'Đồ ăn lại thì chỉ dành cho động vật thôi, chồng không chung thủy thì cũng như đồ thừa, người ăn xong rồi, không ai muốn động tới thì để dành cho động vật.',
    'Điều này đang tiềm ẩn nhiều nguy cơ và hệ lụy, nhưng các cơ quan chức năng đều cho rằng mình vô can .',
    'Thông tư cũng nghiêm cấm mọi hành vi giả mạo hồ sơ, đục xóa số máy, số khung để đăng ký xe.',
    'Khoản chênh lệch từ tiền sử dụng đất này do chủ đầu tư hưởng lợi, có thể lến tới hàng nghìn tỷ đồng tùy từng khu đất, dự án',
    'Vợ chồng ông Kính và bà Liễu có vay tiền của vợ chồng ông Lê Văn Khương-Dương Thị Thúy.',
    'Từ tháng 1-2013 đến nay, Cục THADS tỉnh Đồng Tháp đã rút hồ sơ THA từ Chi cục THADS huyện Lấp Vò (nơi có tài sản bị phong tỏa, kê biên thửa đất số 1562) để thi hành nhưng chưa giải quyết dứt điểm.',
    'Sau khi Công ty Xuân Hòa cổ phần hóa, ngày 11/6/2016, Công ty cổ phần Đầu tư Xây dựng Nhuệ Giang đã có Văn bản số 04/2016/VB-LD gửi Bộ Xây dựng hướng dẫn giấy phép xây dựng của dự án nêu trên.',
    'về tới nhà là hạnh họe vợ con đủ chuyện.',
    'Hiện ông phải làm đơn khởi kiện ra Tòa án nhân dân huyện Khoái Châu để được xem xét .',
    'Ông Đoàn Ngọc Hải vẫn kiên quyết xin từ chức.',
    'Gỡ vướng quy định về hạch toán chi phí chênh lệch giữa giá mua vàng, ngoại tệ.',
    'Người Việt trên 21 tuổi cần yêu cầu nào để vào chơi casino?.',
    'Quà lì xì độc đáo của bác sỹ người Nghệ.',
    "ĐÀN BÀ có thể hy sinh mọi thứ, miễn là cho người xứng đáng!.",
    'Thiên nga bơi sát bờ Hồ Gươm, người dân thích thú ngắm nhìn.',
    'Ảnh: Hoàng Yến',
    'Lâm Hà - Lâm Đồng: Sai phạm trong đấu giá tài sản chưa giải quyết.',
]
for s in NEWS:
    add(s, 'identity:news')

# ==============================================================================================
# 8. Sentences: news text given in NFD, in the new style, or with misplaced tones
# ==============================================================================================
SENT_NFD = [
    'Ủy ban nhân dân tỉnh Lạng Sơn tổ chức Hội nghị trực tuyến ba cấp.',
    'Tòa bị tuýt còi vì áp dụng luật sai.',
    'Vì còn sức khỏe, trời còn thương thì tôi vẫn sẽ tiếp tục đứng vững.',
    'Điều này đang tiềm ẩn nhiều nguy cơ và hệ lụy.',
    'Hội nghị đã nghe dự thảo Quyết định về nhiệm vụ, giải pháp chủ yếu chỉ đạo, điều hành.',
    'Thực hiện nghiêm việc sắp xếp, tổ chức bộ máy, tinh giản biên chế; cải cách hành chính;',
]
for s in SENT_NFD:
    add(escape(nfd(s)), 'sentence:nfd', s)

SENT_NEW = [  # (new-style input, old) -- hand-written
    ('Uỷ ban nhân dân tỉnh Lạng Sơn tổ chức Hội nghị trực tuyến ba cấp triển khai các mục tiêu.',
     'Ủy ban nhân dân tỉnh Lạng Sơn tổ chức Hội nghị trực tuyến ba cấp triển khai các mục tiêu.'),
    ('Phát triển kinh tế nhanh và bền vững gắn với phát triển văn hoá, xã hội, bảo vệ môi trường.',
     'Phát triển kinh tế nhanh và bền vững gắn với phát triển văn hóa, xã hội, bảo vệ môi trường.'),
    ('Chủ toạ cố khuyên nhủ: Ông đừng xin toà, toà không có tiền và không có quyền cho ông.',
     'Chủ tọa cố khuyên nhủ: Ông đừng xin tòa, tòa không có tiền và không có quyền cho ông.'),
    ('Giờ còn thoả thuận được thì ông nên cân nhắc mà quyết định .',
     'Giờ còn thỏa thuận được thì ông nên cân nhắc mà quyết định .'),
    ('Bản án này sau đó đã bị TAND TP.HCM huỷ vì sai sót nghiêm trọng về thủ tục tố tụng.',
     'Bản án này sau đó đã bị TAND TP.HCM hủy vì sai sót nghiêm trọng về thủ tục tố tụng.'),
    ('Đồ ăn lại thì chỉ dành cho động vật thôi, chồng không chung thuỷ thì cũng như đồ thừa.',
     'Đồ ăn lại thì chỉ dành cho động vật thôi, chồng không chung thủy thì cũng như đồ thừa.'),
    ('Có lần ông Tiến uỷ quyền cho luật sư đến làm việc.',
     'Có lần ông Tiến ủy quyền cho luật sư đến làm việc.'),
    ('“Hoà bình” (hoà), [khoẻ] {thuỷ}!', '“Hòa bình” (hòa), [khỏe] {thủy}!'),
]
for inp, o in SENT_NEW:
    add(inp, 'sentence:new-style', o)

SENT_MIXED = [  # (input, old) hand-written
    ('Thủ tướng Chính phủ đã ký Quyết định hòan thành kế họach năm 2020, ngừơi dân rất vui.',
     'Thủ tướng Chính phủ đã ký Quyết định hoàn thành kế hoạch năm 2020, người dân rất vui.'),
    (r'Nghị định 30/2020/NĐ-CP về công tác văn thư: ngày ký, giư\u{303}a trang.',
     'Nghị định 30/2020/NĐ-CP về công tác văn thư: ngày ký, giữa trang.'),
    (r'\u{d0}ồng chí Phạm Ngọc Thưởng chủ trì hội nghị tại \u{d0}à Nẵng; Gu\u{f0}rún dự.',
     'Đồng chí Phạm Ngọc Thưởng chủ trì hội nghị tại Đà Nẵng; Guðrún dự.'),
    ('Tăng trưởng đạt 8,5%, cao hơn mục tiêu 8% của Qúôc hội (tòan qúôc).',
     'Tăng trưởng đạt 8,5%, cao hơn mục tiêu 8% của Quốc hội (toàn quốc).'),
    (r'Hòa\u{a0}Bình và Khánh\u{a0}Hòa', 'Hòa\u00a0Bình và Khánh\u00a0Hòa'),
    (r'hoà\u{200b}bình', 'hòa\u200bbình'),
    (r'Ủy ban\u{a0}nhân dân', 'Ủy ban\u00a0nhân dân'),
    (r'Tie\u{301}\u{302}ng Việt có sáu thanh: ngang, huyền, sắc, hỏi, ngã, nặng.',
     'Tiếng Việt có sáu thanh: ngang, huyền, sắc, hỏi, ngã, nặng.'),
    ('Ông Tiến ủy quyền cho luật sư; Facebook, Covid-19 và café không đổi.',
     'Ông Tiến ủy quyền cho luật sư; Facebook, Covid-19 và café không đổi.'),
    ('Xem https://vnexpress.net/thoi-su hoặc gửi thư tới ubnd@langson.gov.vn để biết thêm về hòa giải.',
     'Xem https://vnexpress.net/thoi-su hoặc gửi thư tới ubnd@langson.gov.vn để biết thêm về hòa giải.'),
    ('Giá vàng 34.118 đồng/chỉ, tăng 1.234,56 điểm — thỏa mãn?', 'Giá vàng 34.118 đồng/chỉ, tăng 1.234,56 điểm — thỏa mãn?'),
    ('Người Việt dùng emoji 😀 khi chúc sức khoẻ.', 'Người Việt dùng emoji 😀 khi chúc sức khỏe.'),
    (r'Con hươu cao cổ ở Sở thú Hà Nội; ho\u{300}a\u{301} và hòà.',
     'Con hươu cao cổ ở Sở thú Hà Nội; hòá và hòa.'),
]
for inp, o in SENT_MIXED:
    add(inp, 'sentence', o)

# ==============================================================================================
# 9. Identity: foreign words and look-alikes, numbers, codes, punctuation
# ==============================================================================================
FOREIGN = [
    'online', 'Covid-19', 'Facebook', 'café', 'été', 'Pokémon', 'résumé', 'naïve', 'Müller',
    'Zürich', 'São Paulo', 'crème brûlée', 'déjà vu', 'Bogotá', 'Perú', 'José Mourinho', 'Ångström',
    'Gdańsk', 'Dvořák', 'Curaçao', 'Mbappé', 'Pelé', 'Atlético Madrid', 'Barça', 'Hué', 'può',
    'perché', 'città', 'Luís', 'Raúl', 'país', 'Andrés', 'Óscar', 'Chloé', 'Zoé', 'Noël',
    'Citroën', 'tête-à-tête', 'pâté', 'forêt', 'hôtel', 'Tôkyô', 'smartphone', 'iPhone',
    'YouTube', 'TikTok', 'Wi-Fi', 'email', 'Google Maps', 'Champions League', '北京', '越南',
    '中华人民共和国', 'Москва', 'Вьетнам', 'Ελλάδα', '서울', '東京', 'ภาษาไทย', '😀🇻🇳',
    'Efiscio Arbau', 'Hanoi', 'Saigon', 'Nguyen Van A', 'casino', 'Rohingya', 'Myanmar',
    'Malaysia', 'USD', 'Ψυχή', 'Œuvre', 'straße', 'Ñandú',
    r'cafe\u{301}', r'Pe\u{301}rez', r'Mu\u{308}ller', r'Bogota\u{301}', r'Noe\u{308}l',
    r'Franc\u{327}ois', r'Ame\u{301}lie Poulain',
]
for w in FOREIGN:
    add(w, 'identity:foreign')

LOOKALIKE = [  # valid or near-valid Vietnamese shapes whose output equals the input anyway
    'Đắk Lắk', 'H’Mông', 'Ê-đê', 'Pleiku', 'Kon Tum', 'pho', 'bánh mì', 'São', 'thé', 'mía',
    'día', 'Tú', 'là', 'à la carte',
]
for w in LOOKALIKE:
    add(w, 'identity:lookalike')

PUNCT = [
    '34.118', '8,5%', '30/2020/NĐ-CP', '1989/QĐ-BGDĐT', '19/2017/NQ-HĐND', '43H-0530',
    'https://vnexpress.net/thoi-su', 'https://vi.wikipedia.org/wiki/Việt_Nam',
    'tien.nguyen@example.com.vn', '1.234,56', '4.1.2017 - 4.1.2018', 'ngày 06/01/2019',
    '8,5 - 9%', 'quý I/2020', '(+84) 24 3825 1234', '“Tăng cường kỷ luật, kỷ cương hành chính”',
    '…!?', '#hashtag @user', '5%/tháng', '24.000 m2', 'TP.HCM, Q.1', 'BS: 14A-130...', '32,4%',
    '04/2016/VB-LD', '<b>Hà Nội</b>', '2 + 2 = 4', '- • – —', 'kinh tế – xã hội', 'nhiệm kỳ 2015 - 2020',
    'giai đoạn 2021–2025', 'KT-XH', 'UBND', 'HĐND', 'ĐBQH', '12/2/2018', '(ô tô)', 'xe «ô tô»',
    "'bêu tên'", 'A4', '1 USD',
]
for s in PUNCT:
    add(s, 'identity:punct')


# ==============================================================================================
# write + validate
# ==============================================================================================
def main():
    if ERRORS:
        print('\n'.join(ERRORS), file=sys.stderr)
        print('%d errors, file not written' % len(ERRORS), file=sys.stderr)
        return 1
    header = [
        '# vntext normalizer test cases (generated by gen_normalize_cases.py; do not edit by hand).',
        '# Columns: input<TAB>old<TAB>new<TAB>note',
        '#   input: text given to the normalizer; \\u{HEX} escapes (Rust syntax) are used for every',
        '#          combining mark, U+00D0/U+00F0, U+0340/U+0341 and invisible/space characters.',
        '#   old:   expected NFC output, traditional tone placement (hòa, khỏe, thủy, Ủy ban).',
        '#   new:   expected NFC output, new tone placement (hoà, khoẻ, thuỷ, Uỷ ban).',
        '#   note:  category tag.',
        '# Expected values derive from Vietnamese orthography (/work/shared/ORTHOGRAPHY.md), not from',
        '# any implementation.  News sentences are quoted from a Lang Son provincial news item (seed)',
        '# and from github.com/binhvq/news-corpus sample/ (Apache-2.0).',
    ]
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(header) + '\n')
        for r in ROWS:
            f.write('\t'.join(r) + '\n')
    return validate()


def validate():
    bad = 0
    seen = set()
    rows = []
    with open(OUT, encoding='utf-8', newline='') as f:
        data = f.read()
    assert '\r' not in data
    for ln, line in enumerate(data.split('\n'), 1):
        if not line or line.startswith('#'):
            continue
        cols = line.split('\t')
        if len(cols) != 4:
            print('line %d: %d columns' % (ln, len(cols)))
            bad += 1
            continue
        inp, old, new, note = cols
        rows.append(cols)
        if line in seen:
            print('line %d: duplicate' % ln)
            bad += 1
        seen.add(line)
        for name, v in (('old', old), ('new', new)):
            if ud.normalize('NFC', v) != v:
                print('line %d: %s not NFC' % (ln, name))
                bad += 1
            if '\\u{' in v:
                print('line %d: escape in %s' % (ln, name))
                bad += 1
            if v != v.strip():
                print('line %d: %s has outer whitespace' % (ln, name))
                bad += 1
        if any(ud.category(c)[0] == 'M' or c in _ESC_ALWAYS for c in inp):
            print('line %d: unescaped mark in input' % ln)
            bad += 1
        if '\\' in re.sub(r'\\u\{[0-9a-f]+\}', '', inp):
            print('line %d: stray backslash' % ln)
            bad += 1
        raw = unescape(inp)
        if escape(raw) != inp:
            print('line %d: escape round-trip' % ln)
            bad += 1
        if (old != new) != (oracle(raw, 'old') != oracle(raw, 'new')):
            print('line %d: old/new difference disagrees with the oracle' % ln)
            bad += 1
        if old != new:
            # must be explained by an open oa/oe/uy syllable
            if simple_new(old) != new:
                print('line %d: old/new differ beyond open oa/oe/uy' % ln)
                bad += 1
        if not note or ' ' in note:
            print('line %d: bad note' % ln)
            bad += 1
    print('rows: %d' % len(rows))
    cnt = Counter(r[3] for r in rows)
    for k in sorted(cnt):
        print('  %-24s %d' % (k, cnt[k]))
    print('rows with escapes in input: %d' % sum('\\u{' in r[0] for r in rows))
    print('rows with combining marks (NFD/mixed) in input: %d'
          % sum(any(ud.category(c)[0] == 'M' for c in unescape(r[0])) for r in rows))
    print('rows old != new: %d' % sum(r[1] != r[2] for r in rows))
    if '-v' in sys.argv:
        print('\n# rows where NFC(input) != old:')
        for inp, old, new, note in rows:
            n = ud.normalize('NFC', unescape(inp))
            if n != old:
                print('%-22s %s  ->  %s   (new %s)' % (note, n, old, new))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
