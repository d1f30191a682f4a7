import {
  commandData,
  commandProperty,
  markdownCode,
  markdownMessage,
  markdownText,
  markdownUrl,
  sanitizeTerminal,
  sarifText,
  terminalText,
} from '../../src/report/escape.js';
import { FAKE_KEY } from './fixtures.js';

const ZWJ = '\u200D';

describe('markdownText', () => {
  it('turns HTML into entities', () => {
    expect(markdownText('</details><img src=x onerror=alert(1)>')).toBe('&lt;/details&gt;&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(markdownText('a & b')).toBe('a &amp; b');
  });

  it('escapes table pipes, emphasis, links, images, code and math', () => {
    expect(markdownText('| a | b |')).toBe('\\| a \\| b \\|');
    expect(markdownText('*x* _y_ ~z~')).toBe('\\*x\\* \\_y\\_ \\~z\\~');
    expect(markdownText('[link](javascript:alert(1))')).toBe('\\[link\\]\\(javascript:alert\\(1\\)\\)');
    expect(markdownText('![i](u)')).toBe('\\!\\[i\\]\\(u\\)');
    expect(markdownText('`code`')).toBe('\\`code\\`');
    expect(markdownText('$x$ \\')).toBe('\\$x\\$ \\\\');
  });

  it('neutralises @mentions and #references with a zero-width joiner', () => {
    expect(markdownText('@octocat')).toBe(`@${ZWJ}octocat`);
    expect(markdownText('#1 and org/repo#2')).toBe(`#${ZWJ}1 and org/repo#${ZWJ}2`);
  });

  it('folds line breaks into one line and drops control characters', () => {
    expect(markdownText('a\r\n  b\nc\rd')).toBe('a b c d');
    expect(markdownText('\u001b[31mred\u0007')).toBe('red\uFFFD');
  });

  it('clips long text after redaction, marking the cut', () => {
    expect(markdownText('abcdefghij', { maxChars: 5 })).toBe('abcd…');
    expect(markdownText(`${FAKE_KEY} tail`, { maxChars: 12 })).not.toContain('sk-proj-AAAA');
  });

  it('redacts key material', () => {
    expect(markdownText(`key ${FAKE_KEY}`)).not.toContain(FAKE_KEY);
    expect(markdownText(`key ${FAKE_KEY}`)).toContain('sk-p...');
  });
});

describe('markdownMessage', () => {
  it('renders our code spans as <code> with escaped content', () => {
    expect(markdownMessage('`keyOwner` is `<b>@x</b>`')).toBe(`<code>keyOwner</code> is <code>&lt;b&gt;@${ZWJ}x&lt;/b&gt;</code>`);
  });

  it('cannot be broken out of by a user value holding backticks', () => {
    const out = markdownMessage('`keyOwner` is `a`</code><img src=x>`');
    expect(out).not.toMatch(/<img/);
    expect(out.match(/<code>/g)?.length).toBe(out.match(/<\/code>/g)?.length);
  });

  it('escapes an unpaired backtick', () => {
    expect(markdownMessage('a ` b')).toBe('a \\` b');
  });

  it('links a quoted URL as itself, without the sentence punctuation or a parenthesis it did not open', () => {
    expect(markdownMessage('see (https://example.com/a_b?x=1).')).toBe('see \\([https://example.com/a\\_b?x=1](https://example.com/a_b?x=1)\\).');
    expect(markdownMessage('https://en.wikipedia.org/wiki/Foo_(bar), then')).toBe('[https://en.wikipedia.org/wiki/Foo\\_\\(bar\\)](https://en.wikipedia.org/wiki/Foo_%28bar%29), then');
  });

  it('does not link a URL whose text could mislead: a backslash, user info before the host, or not parseable', () => {
    for (const url of ['https://good.example\\@evil.example/x', 'https://good.example@evil.example/x', 'https://user:pw@evil.example/', 'http://[::1']) {
      expect(markdownMessage(`go to ${url} now`)).not.toMatch(/\]\(/);
    }
  });

  it('trims a long run of closing parentheses (one pass: the review measured 34 s for 40,000 with a quadratic one)', () => {
    const out = markdownMessage(`https://a.example/(x${')'.repeat(40_000)}`);
    expect(out.startsWith('[https://a.example/\\(x\\)](https://a.example/%28x%29)\\)\\)')).toBe(true);
  });
});

describe('markdownCode and markdownUrl', () => {
  it('wraps escaped text in <code>', () => {
    expect(markdownCode('a|b')).toBe('<code>a\\|b</code>');
  });

  it('accepts http(s) URLs only and encodes what could end the link', () => {
    expect(markdownUrl('javascript:alert(1)')).toBeUndefined();
    expect(markdownUrl('https://x.test/a b)(<>"')).toBe('https://x.test/a%20b%29%28%3C%3E%22');
    expect(markdownUrl('https://x.test/é')).toBe('https://x.test/%C3%A9');
  });
});

describe('terminalText', () => {
  it('removes ANSI sequences: CSI, 8-bit CSI, OSC hyperlinks and titles', () => {
    expect(terminalText('\u001b[31mred\u001b[0m')).toBe('red');
    expect(terminalText('\u009b31mred')).toBe('red');
    expect(terminalText('\u001b]8;;https://evil\u0007link\u001b]8;;\u0007')).toBe('link');
    expect(terminalText('\u001b]0;title\u001b\\x')).toBe('x');
    expect(terminalText('\u001bcreset')).toBe('reset');
  });

  it('replaces other control characters, bidi overrides and line separators', () => {
    expect(terminalText('a\u0000b\u0008c\u007fd\u0085e')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
    expect(terminalText('a\u202eb\u2066c\u2028d')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
  });

  it('folds or keeps line breaks; CR never survives', () => {
    expect(terminalText('a\r\nb\rc')).toBe('a b c');
    expect(terminalText('a\r\nb\rc', { multiline: true })).toBe('a\nb\nc');
    expect(sanitizeTerminal('one\ntwo\u001b[2J')).toBe('one\ntwo');
  });

  it('keeps a line from reading as a workflow command in an Actions log', () => {
    expect(terminalText('::error::pwned')).not.toMatch(/^\s*::/);
    expect(sanitizeTerminal('ok\n  ::stop-commands::x').split('\n').every((line) => !/^\s*::/.test(line))).toBe(true);
    expect(terminalText('a ::b')).toBe('a ::b');
  });
});

describe('workflow command escaping', () => {
  it('escapes %, CR and LF in data', () => {
    expect(commandData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(commandData('a::error::b')).toBe('a::error::b');
  });

  it('also escapes : and , in properties', () => {
    expect(commandProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
  });

  it('strips ANSI and redacts keys', () => {
    const out = commandData(`\u001b[31m${FAKE_KEY}`);
    expect(out).not.toContain('\u001b');
    expect(out).not.toContain('sk-proj-A');
  });
});

describe('sarifText', () => {
  it('escapes embedded-link syntax and backslashes, keeps line breaks', () => {
    expect(sarifText('[link](1) \\ x\r\ny')).toBe('\\[link\\](1) \\\\ x\ny');
  });

  it('drops control characters', () => {
    expect(sarifText('\u001b[31mred\u0000')).toBe('red\uFFFD');
  });
});
