#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/cli/main.ts
import fs4 from "node:fs";
import path5 from "node:path";

// src/manifest/discover.ts
import fs from "node:fs";
import path2 from "node:path";

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str2) => {
  let begs, beg, left, right = void 0, result2;
  let ai = str2.indexOf(a);
  let bi = str2.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str2.length;
    while (i >= 0 && !result2) {
      if (i === ai) {
        begs.push(i);
        ai = str2.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result2 = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str2.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result2 = [left, right];
    }
  }
  return result2;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str2) {
  return !isNaN(str2) ? parseInt(str2, 10) : str2.charCodeAt(0);
}
function escapeBraces(str2) {
  return str2.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str2) {
  return str2.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str2, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str2.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str2.slice(0, r[0]),
    body: str2.slice(r[0] + 1, r[1]),
    post: str2.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open2 = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open2.push(i);
    } else if (c === 125 && open2.length) {
      open2.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open2.length; i++) {
    const at = open2[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str2, budget) {
  budget.remaining -= str2.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str2.length - 1; i >= 0; i--) {
    const c = str2.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str2.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str2, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str2, str2, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str2.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str2 = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str2, options5 = {}) {
  if (!str2) {
    return [];
  }
  const max = bound(options5.max, EXPANSION_MAX);
  const maxLength = bound(options5.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options5.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options5.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options5.maxSteps, EXPANSION_MAX_STEPS);
  if (str2.slice(0, 2) === "{}") {
    str2 = "\\{\\}" + str2.slice(2);
  }
  return expand_(escapeBraces(str2), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str2) {
  return "{" + str2 + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix2 = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix2) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix2 + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str2, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str2];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str2;
  for (; ; ) {
    const m = balancedWithBudget(str2, masked, budget);
    if (!m) {
      return combine(acc, str2, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal3 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str2 = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str2 = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal3();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal3();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal3();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal3();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal3();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str2 = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal3();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal3();
    }
    acc = next;
    if (!m.post.length)
      break;
    str2 = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
var digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) };
var prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]);
var fixed = (a, b) => {
  if (!a)
    return [[]];
  let lo = +a[0];
  let hi = +b[0];
  const ra = a.slice(1);
  const rb = b.slice(1);
  if (lo === hi)
    return prefix(lo, fixed(ra, rb));
  const zeros = "0".repeat(ra.length);
  const nines = "9".repeat(ra.length);
  const out = [];
  if (ra !== zeros)
    out.push(...prefix(lo++, fixed(ra, nines)));
  const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
  if (lo <= hi) {
    out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
  }
  out.push(...last);
  return out;
};
var nonneg = (a, b, width) => {
  if (width) {
    return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
  }
  const out = [];
  for (let len = String(a).length; len <= String(b).length; len++) {
    const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
    const hi = Math.min(b, 10 ** len - 1);
    out.push(...fixed(String(lo), String(hi)));
  }
  return out;
};
var numericRange = (loStr, hiStr) => {
  let lo = Number(loStr);
  let hi = Number(hiStr);
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
    return;
  if (lo > hi)
    [lo, hi] = [hi, lo];
  const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
  const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
  const out = [];
  if (lo < 0) {
    const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
    out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
  }
  if (hi >= 0)
    out.push(...nonneg(Math.max(lo, 0), hi, width));
  return out;
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
  "[:alpha:]": ["\\p{L}\\p{Nl}"],
  "[:ascii:]": ["\\x00-\\x7f"],
  "[:blank:]": ["\\p{Zs}\\t"],
  "[:cntrl:]": ["\\p{Cc}"],
  "[:digit:]": ["\\p{Nd}"],
  "[:graph:]": ["\\p{Z}\\p{C}", true],
  "[:lower:]": ["\\p{Ll}"],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}\\p{S}"],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
  "[:upper:]": ["\\p{Lu}"],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
  "[:xdigit:]": ["A-Fa-f0-9"]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var noMatch = /$./;
var parseClass = (glob, position2, nocase = false, form) => {
  const norm = (c) => {
    const n = form ? c.normalize(form) : c;
    return [...n].length === 1 ? n : c;
  };
  const pos = position2;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = String.fromCodePoint(glob.codePointAt(i));
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return [noMatch, glob.length - pos];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          continue WHILE;
        }
      }
    }
    escaping = false;
    const n = norm(c);
    if (rangeStart) {
      if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n));
      } else if (n === rangeStart) {
        ranges.push(braceEscape(n));
      }
      rangeStart = "";
      i += c.length;
      continue;
    }
    if (glob.startsWith("-]", i + c.length)) {
      ranges.push(braceEscape(n + "-"));
      i += c.length + 1;
      continue;
    }
    if (glob.startsWith("-", i + c.length)) {
      rangeStart = n;
      i += c.length + 1;
      continue;
    }
    ranges.push(braceEscape(n));
    i += c.length;
  }
  if (endPos < i) {
    return [noMatch, 0];
  }
  if (!ranges.length && !negs.length) {
    return [noMatch, glob.length - pos];
  }
  const sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]";
  const snegs = "[" + (negate ? "" : "^") + negs.join("") + "]";
  const comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
  return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js
var MATCH = { t: "match", id: 0 };
var extTypes = "!?+*@";
var lit = (ch) => ({ t: "lit", ch });
var reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
var newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu");
var foldCache = /* @__PURE__ */ new Map();
var foldRe = (ch) => {
  let re = foldCache.get(ch);
  if (!re) {
    re = newFoldRe(ch);
    if (foldCache.size >= 1e3)
      foldCache.clear();
    foldCache.set(ch, re);
  }
  return re;
};
var litMatch = (l, c) => {
  if (c === l.ch)
    return true;
  if (!l.re)
    return false;
  const code2 = c.charCodeAt(0);
  if (code2 >= 128)
    return l.re.test(c);
  const ascii = l.ascii ??= new Uint8Array(128);
  ascii[code2] ||= l.re.test(c) ? 1 : 2;
  return ascii[code2] === 1;
};
var tokenize = (p, nocase, noext, form, mark) => {
  const toks = [];
  for (let i = 0; i < p.length; ) {
    const c = String.fromCodePoint(p.codePointAt(i));
    if (mark) {
      const m = c === "\\" && p.startsWith(mark, i + 1) ? 1 : 0;
      if (m || c === mark) {
        const start = i + m + mark.length;
        const end = p.indexOf(mark, start);
        const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
        const alts = end !== -1 && r && numericRange(r[1], r[2]);
        if (alts) {
          toks.push({ t: "ext", type: "@", alts });
          i = end + mark.length;
          continue;
        }
      }
    }
    if (c === "\\") {
      const e = p.codePointAt(i + 1);
      const ch = e === void 0 ? c : String.fromCodePoint(e);
      toks.push(lit(ch));
      i += 1 + ch.length;
      continue;
    }
    if (c === "[") {
      const [re, consumed] = parseClass(p, i, nocase, form);
      if (consumed) {
        toks.push({ t: "class", re });
        i += consumed;
        continue;
      }
    }
    if (!noext && extTypes.includes(c) && p[i + 1] === "(") {
      toks.push({ t: "open", type: c });
      i += 2;
      continue;
    }
    toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c));
    i += c.length;
  }
  return toks;
};
var pair = (toks) => {
  const pairs2 = /* @__PURE__ */ new Map();
  const stack = [];
  toks.forEach((tok, i) => {
    if (tok.t === "open")
      stack.push(i);
    else if (tok.t === "close" && stack.length)
      pairs2.set(stack.pop(), i);
  });
  return pairs2;
};
var build = (toks, pairs2, start, end, top) => {
  let seq2 = [];
  const alts = [seq2];
  for (let i = start; i < end; i++) {
    const tok = toks[i];
    const close = pairs2.get(i);
    if (tok.t === "open" && close !== void 0) {
      const sub = build(toks, pairs2, i + 1, close, false);
      seq2.push({ t: "ext", type: tok.type, alts: sub });
      i = close;
    } else if (tok.t === "bar" && !top) {
      alts.push(seq2 = []);
    } else if (tok.t === "open") {
      seq2.push(lit(tok.type), lit("("));
    } else if (tok.t === "bar") {
      seq2.push(lit("|"));
    } else if (tok.t === "close") {
      seq2.push(lit(")"));
    } else {
      seq2.push(tok);
    }
  }
  return alts;
};
var normalize = (items, form) => {
  const out = [];
  let run = "";
  const flush = () => {
    for (const ch of run.normalize(form))
      out.push(lit(ch));
    run = "";
  };
  for (const it of items) {
    if (it.t === "lit") {
      run += it.ch;
      continue;
    }
    flush();
    out.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize(a, form)) } : it);
  }
  flush();
  return out;
};
var compile = (items, nocase) => {
  let id = 1;
  const split = (out) => ({ t: "split", id: id++, out });
  const seq2 = (items2, next) => items2.reduceRight((next2, it) => item(it, next2), next);
  const item = (it, next) => {
    switch (it.t) {
      case "lit":
        const re = nocase ? foldRe(it.ch) : void 0;
        return { t: "lit", id: id++, ch: it.ch, re, next };
      case "any":
      case "star":
        return { t: it.t, id: id++, next };
      case "class":
        return { t: "class", id: id++, re: it.re, next };
    }
    const alts = (next2) => it.alts.map((a) => seq2(a, next2));
    switch (it.type) {
      case "@":
        return split(alts(next));
      case "?":
        return split([next, ...alts(next)]);
      case "!":
        return { t: "neg", id: id++, sub: split(alts(MATCH)), next };
    }
    const after = split([]);
    const entry = split(alts(after));
    after.out.push(next, entry);
    return it.type === "*" ? after : entry;
  };
  const start = seq2(items, MATCH);
  return [start, id];
};
var show = (start) => {
  const lines = [];
  const seen = /* @__PURE__ */ new Set();
  const ref = (n) => n.t === "match" ? "match" : String(n.id);
  const walk2 = (n, indent) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line(`split -> ${n.out.map(ref).join(", ")}`);
        for (const o of n.out)
          walk2(o, indent);
        return;
      case "neg":
        line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
        walk2(n.sub, indent + "  ");
        return walk2(n.next, indent);
      case "lit":
        line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk2(n.next, indent);
  };
  walk2(start, "");
  return [`start -> ${ref(start)}`, ...lines].join("\n");
};
var State = class {
  // set by the Sim, to mark the nodes that this state has
  gen;
  threads = [];
  match = false;
  runs = [];
  // the sorted ids of the threads, with 0 for a match, once the
  // state is done
  ids = [];
  constructor(gen) {
    this.gen = gen;
  }
  // no threads, so nothing more can match
  get dead() {
    return !this.threads.length && !this.match && !this.runs.length;
  }
};
var sameState = (a, b) => {
  if (a.ids.length !== b.ids.length)
    return false;
  if (a.runs.length !== b.runs.length)
    return false;
  if (a.ids.some((id, i) => id !== b.ids[i]))
    return false;
  return a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state)));
};
var marks = (size) => ({
  has: new Float64Array(size),
  seen: new Float64Array(size),
  gen: 0
});
var Sim = class {
  // `.` and `..` only match literal dots, even with `dot:true`
  dots;
  // the string starts with `.`, and `dot:true` is not set
  dotStart;
  #marks;
  constructor(dots, dotStart, marks2) {
    this.dots = dots;
    this.dotStart = dotStart;
    this.#marks = marks2;
  }
  state() {
    return new State(++this.#marks.gen);
  }
  // sort the ids of a state, once it has all of its threads
  done(state) {
    state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b);
    if (state.match)
      state.ids.unshift(MATCH.id);
    return state;
  }
  // true the first time that the state walks through the node, so
  // that loops in the graph stop
  #visit(state, node2) {
    const { seen } = this.#marks;
    if (seen[node2.id] === state.gen)
      return false;
    seen[node2.id] = state.gen;
    return true;
  }
  #addThread(state, node2) {
    const { has } = this.#marks;
    if (has[node2.id] === state.gen)
      return false;
    has[node2.id] = state.gen;
    state.threads.push(node2);
    return true;
  }
  // wildcards only match a leading dot if `dot:true`. In a negated
  // sub-pattern, this does not apply, because the negation itself
  // can not match a leading dot.
  restricted(i, top) {
    return top && (this.dots || this.dotStart && i === 0);
  }
  add(state, node2, i, top) {
    switch (node2.t) {
      case "split":
        if (!this.#visit(state, node2))
          return;
        for (const o of node2.out)
          this.add(state, o, i, top);
        return;
      case "neg":
        if (!this.#visit(state, node2))
          return;
        const sub = this.state();
        this.add(sub, node2.sub, i, false);
        this.done(sub);
        return this.addRun(state, { t: "run", neg: node2, state: sub }, i, top);
      case "star":
        if (this.restricted(i, top))
          return;
        if (this.#addThread(state, node2))
          this.add(state, node2.next, i, top);
        return;
      case "match":
        state.match = true;
        return;
      default:
        this.#addThread(state, node2);
    }
  }
  addRun(state, run, i, top) {
    for (const r of state.runs) {
      if (r.neg === run.neg && sameState(r.state, run.state))
        return;
    }
    state.runs.push(run);
    if (!run.state.match) {
      this.add(state, run.neg.next, i, top);
    }
  }
  // the threads after char `c`, at index `i`
  step(state, c, i, top) {
    const next = this.state();
    for (const th of state.threads) {
      switch (th.t) {
        case "lit":
          if (litMatch(th, c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "any":
          if (!this.restricted(i, top))
            this.add(next, th.next, i + 1, top);
          break;
        case "class":
          if (!this.restricted(i, top) && th.re.test(c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "star":
          if (!this.restricted(i, top))
            this.add(next, th, i + 1, top);
      }
    }
    if (!this.restricted(i, top)) {
      for (const run of state.runs) {
        if (run.state.dead) {
          this.addRun(next, run, i + 1, top);
          continue;
        }
        const sub = this.step(run.state, c, i, false);
        this.addRun(next, { t: "run", neg: run.neg, state: sub }, i + 1, top);
      }
    }
    return this.done(next);
  }
};
var stateKey = (state) => {
  const ids = state.ids.join();
  if (!state.runs.length)
    return ids;
  const runs = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
  return `${ids}|${runs.sort().join("|")}`;
};
var DFA_BUDGET = 1 << 18;
var Dfa = class {
  #start;
  #states = /* @__PURE__ */ new Map();
  #size = 0;
  #plain;
  #dotStart;
  #sim;
  #dotSim;
  constructor(start, marks2) {
    this.#start = start;
    this.#sim = new Sim(false, false, marks2);
    this.#dotSim = new Sim(false, true, marks2);
  }
  #make(state) {
    return {
      state,
      match: state.match,
      dead: state.dead,
      next: /* @__PURE__ */ new Map()
    };
  }
  #intern(state) {
    const key = stateKey(state);
    const found = this.#states.get(key);
    if (found)
      return found;
    if (this.#size > DFA_BUDGET)
      this.#clear();
    const d = this.#make(state);
    this.#states.set(key, d);
    this.#size += key.length + 1;
    return d;
  }
  #clear() {
    this.#states.clear();
    this.#size = 0;
    this.#plain = void 0;
    this.#dotStart = void 0;
  }
  start(dotStart) {
    if (dotStart) {
      if (this.#dotStart)
        return this.#dotStart;
      const state2 = this.#dotSim.state();
      this.#dotSim.add(state2, this.#start, 0, true);
      return this.#dotStart = this.#make(this.#dotSim.done(state2));
    }
    if (this.#plain)
      return this.#plain;
    const state = this.#sim.state();
    this.#sim.add(state, this.#start, 0, true);
    return this.#plain = this.#intern(this.#sim.done(state));
  }
  // the next state, after a miss in `d.ascii`
  next(d, c) {
    const code2 = c.charCodeAt(0);
    const found = code2 < 128 ? void 0 : d.next.get(c);
    if (found)
      return found;
    const n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, true)) : this.#intern(this.#sim.step(d.state, c, 1, true));
    if (code2 < 128) {
      if (!d.ascii) {
        d.ascii = new Array(128);
        this.#size += 128;
      }
      d.ascii[code2] = n;
    } else {
      d.next.set(c, n);
    }
    this.#size++;
    return n;
  }
};
var linear = (start) => {
  const nodes = [];
  for (let n = start; n.t !== "match"; n = n.next) {
    if (n.t === "split" || n.t === "neg")
      return void 0;
    nodes.push(n);
  }
  return nodes;
};
var testLinear = (nodes, chars, start, end) => {
  let ni = 0;
  let ci = start;
  let starNi = -1;
  let starCi = 0;
  while (ci < end) {
    const n = nodes[ni];
    if (n?.t === "star") {
      starNi = ni++;
      starCi = ci;
      continue;
    }
    const c = chars[ci];
    if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
      ni++;
      ci++;
      continue;
    }
    if (starNi === -1)
      return false;
    ni = starNi + 1;
    ci = ++starCi;
  }
  while (nodes[ni]?.t === "star")
    ni++;
  return ni === nodes.length;
};
var lengths = (items) => {
  let min = 0;
  let max = 0;
  for (const it of items) {
    const [lo, hi] = itemLengths(it);
    min += lo;
    max += hi;
  }
  return [min, max];
};
var itemLengths = (it) => {
  if (it.t === "star")
    return [0, Infinity];
  if (it.t !== "ext")
    return [1, 1];
  if (it.type === "!")
    return [0, Infinity];
  const alts = it.alts.map(lengths);
  const min = Math.min(...alts.map((a) => a[0]));
  const max = Math.max(...alts.map((a) => a[1]));
  const loop = max === 0 ? 0 : Infinity;
  return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
};
var hasAffix = (lits, chars, start) => {
  for (let j = 0; j < lits.length; j++) {
    if (!litMatch(lits[j], chars[start + j]))
      return false;
  }
  return true;
};
var slashOrSurrogate = /[/\ud800-\udfff]/;
var surrogate = /[\ud800-\udfff]/;
var codePoints = (s) => surrogate.test(s) ? [...s] : s;
var noSlash = (s) => {
  if (s.includes("/")) {
    throw new Error("can only match a single path portion, got: " + s);
  }
};
var Matcher = class {
  pattern;
  options;
  #start;
  // the number of node ids
  #size;
  #marks;
  // the Sim for strings that are only `.` or `..`
  #dotsSim;
  // the string to compare, if the pattern has no magic. With
  // `nocase:true`, the RegExp that folds case is made when it is
  // first used.
  #literal;
  #literalFold = false;
  #literalRe;
  // the nodes between the prefix and suffix, if the graph is a
  // single chain
  #linear;
  // the linear nodes are only `*` and `?`, so the length bounds and
  // the prefix and suffix decide the match
  #wild = false;
  // the least and most chars that a match can have
  #min = 0;
  #max = Infinity;
  // the literals that a match must start and end with. Each one
  // matches exactly one char, and they are distinct items in the
  // pattern, so a string that does not have them can not match.
  #prefix = [];
  #suffix = [];
  // the prefix and suffix as strings, if they do not fold case
  #prefixStr;
  #suffixStr;
  // there is a prefix or suffix to check
  #affix = false;
  #dfa;
  #form;
  constructor(pattern, options5 = {}) {
    if (pattern.includes("/")) {
      throw new Error("can only match a single path portion, got pattern: " + pattern);
    }
    this.pattern = pattern;
    this.options = options5;
    const { nocase = false, noext = false, normalize: n } = options5;
    this.#form = n === true ? "NFC" : n || void 0;
    const literal3 = /^[?*+@]\(\)$/.test(pattern);
    const toks = tokenize(pattern, nocase, noext || literal3, this.#form, options5.rangeMark);
    let [items] = build(toks, pair(toks), 0, toks.length, true);
    if (this.#form)
      items = normalize(items, this.#form);
    const [start, size] = compile(items, nocase);
    this.#start = start;
    this.#size = size;
    if (items.every((it) => it.t === "lit")) {
      this.#literal = items.map((it) => it.ch).join("");
      this.#literalFold = nocase;
    } else {
      const lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
      for (const it of items) {
        const l = lit2(it);
        if (!l)
          break;
        this.#prefix.push(l);
      }
      for (let j = items.length - 1; j >= 0; j--) {
        const l = lit2(items[j]);
        if (!l)
          break;
        this.#suffix.unshift(l);
      }
      this.#affix = !!(this.#prefix.length || this.#suffix.length);
      if (!nocase) {
        this.#prefixStr = this.#prefix.map((l) => l.ch).join("");
        this.#suffixStr = this.#suffix.map((l) => l.ch).join("");
      }
      this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0);
      this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
      const [min, max] = lengths(items);
      this.#min = min;
      this.#max = max;
    }
  }
  test(s) {
    if (this.#form) {
      noSlash(s);
      return this.#test(s.normalize(this.#form));
    }
    if (slashOrSurrogate.test(s)) {
      noSlash(s);
      return this.#test(s, [...s]);
    }
    return this.#test(s, s);
  }
  /**
   * The same as {@link Matcher#test}, but the string is not checked
   * for `/` chars, so the result for a string that has one is not
   * defined. Only use it for a string that is known to be one path
   * portion, such as a part of a path that was split on `/`. It can
   * be faster, because some patterns do not need to look at each char
   * of the string.
   */
  testUnchecked(s) {
    return this.#test(this.#form ? s.normalize(this.#form) : s);
  }
  // Test a string that has no `/`. `chars` indexes it by code point.
  // If it is not given, it is only found if a step needs it.
  #test(s, chars) {
    if (this.#literal !== void 0) {
      return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
    }
    const min = this.#min;
    const max = this.#max;
    if (chars === void 0) {
      const most = s.length;
      const least = most + 1 >> 1;
      if (most < min || least > max)
        return false;
      if (least < min || most > max)
        chars = codePoints(s);
    }
    if (chars !== void 0 && (chars.length < min || chars.length > max)) {
      return false;
    }
    const prefix2 = this.#prefix.length;
    if (this.#affix) {
      if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
        if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr)) {
          return false;
        }
      } else {
        chars ??= codePoints(s);
        const end = chars.length - this.#suffix.length;
        if (!hasAffix(this.#prefix, chars, 0) || !hasAffix(this.#suffix, chars, end)) {
          return false;
        }
      }
    }
    const dotStart = !this.options.dot && s.startsWith(".");
    if (this.#linear) {
      if (s === "." || s === "..")
        return false;
      if (dotStart && !prefix2)
        return false;
      if (this.#wild)
        return true;
      chars ??= codePoints(s);
      const end = chars.length - this.#suffix.length;
      return testLinear(this.#linear, chars, prefix2, end);
    }
    chars ??= codePoints(s);
    if (s === "." || s === "..") {
      this.#marks ??= marks(this.#size);
      const sim = this.#dotsSim ??= new Sim(true, false, this.#marks);
      const start = sim.state();
      sim.add(start, this.#start, 0, true);
      let state = sim.done(start);
      for (let i = 0; i < chars.length; i++) {
        state = sim.step(state, chars[i], i, true);
      }
      return state.match;
    }
    this.#marks ??= marks(this.#size);
    const dfa = this.#dfa ??= new Dfa(this.#start, this.#marks);
    let d = dfa.start(dotStart);
    const str2 = chars === s;
    for (let i = 0; i < chars.length; i++) {
      if (d.dead)
        return false;
      const code2 = str2 ? s.charCodeAt(i) : chars[i].charCodeAt(0);
      d = d.ascii?.[code2] ?? dfa.next(d, chars[i]);
    }
    return d.match;
  }
  /** a readable listing of the state machine */
  toString() {
    return show(this.#start);
  }
};

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  const e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
  const c = e.charAt(0);
  if (c === "#") {
    return (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1);
  }
  if (c === "!") {
    return (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1);
  }
  return e;
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (windowsPathsNoEscape && s.startsWith("@(!)")) {
    return "!" + unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces });
  }
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/index.js
var DEFAULT_BRACE_EXPAND_MAX = 1e5;
var DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
var AWE_KEY = "allowWindowsEscape";
var minimatch = (p, pattern, options5) => {
  assertValidPattern(pattern);
  if (!options5?.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return cachedMinimatch(pattern, options5).match(p);
};
var cache = /* @__PURE__ */ new Map();
var oldCache = /* @__PURE__ */ new Map();
var cacheSize = 0;
var cacheTotalWeight = 0;
var cacheMax = 256;
var cacheMaxWeight = 1 << 15;
var cacheMaxEntryWeight = 1 << 12;
var cacheWeight = (mm) => {
  let w = mm.pattern.length;
  for (const s of mm.globSet) {
    w += s.length + 1;
    if (w > cacheMaxEntryWeight)
      break;
  }
  return w;
};
var tri = (v) => v === void 0 ? 0 : v ? 2 : 1;
var booleanWeights = new Map(Object.keys({
  nobrace: 0,
  nocomment: 0,
  nonegate: 0,
  noglobstar: 0,
  noext: 0,
  nonull: 0,
  partial: 0,
  dot: 0,
  nocase: 0,
  nocaseMagicOnly: 0,
  magicalBraces: 0,
  matchBase: 0,
  flipNegate: 0,
  preserveMultipleSlashes: 0,
  windowsNoMagicRoot: 0
}).map((k, i) => [k, 24 * 3 ** i]));
var optionsKey = (o) => {
  let n = 0;
  let wpe = false;
  for (const k in o) {
    const v = o[k];
    switch (k) {
      // the same test as the Minimatch constructor
      case "windowsPathsNoEscape":
        if (v)
          wpe = true;
        break;
      case AWE_KEY:
        if (v === false)
          wpe = true;
        break;
      case "platform": {
        const p = v || defaultPlatform;
        if (p === defaultPlatform)
          break;
        if (p === "darwin")
          n += 3;
        else if (p === "win32")
          n += 6;
        else if (p === "linux")
          n += 9;
        else
          return JSON.stringify(o);
        break;
      }
      case "optimizationLevel":
        if (v === void 0)
          break;
        n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
        break;
      case "braceExpandMax":
        if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "maxGlobstarRecursion":
        if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "normalize":
        if (v !== void 0)
          return JSON.stringify(o);
        break;
      default:
        n += (booleanWeights.get(k) ?? 0) * tri(v);
    }
  }
  return wpe ? n + 12 : n;
};
var copyOptions = (o) => {
  const copy = {};
  for (const k in o)
    copy[k] = o[k];
  return copy;
};
var cachedMinimatch = (pattern, options5) => {
  const key = options5 ? optionsKey(options5) : 0;
  let mm = cache.get(key)?.get(pattern);
  if (mm)
    return mm;
  mm = oldCache.get(key)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options5));
  const weight = cacheWeight(mm);
  if (weight > cacheMaxEntryWeight)
    return mm;
  if (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) {
    oldCache = cache;
    cache = /* @__PURE__ */ new Map();
    cacheSize = 0;
    cacheTotalWeight = 0;
  }
  let byPattern = cache.get(key);
  if (!byPattern)
    cache.set(key, byPattern = /* @__PURE__ */ new Map());
  byPattern.set(pattern, mm);
  cacheSize++;
  cacheTotalWeight += weight;
  return mm;
};
var defaultPlatform = typeof process === "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var filter = (pattern, options5) => {
  let mm;
  return (p) => (mm ??= cachedMinimatch(pattern, options5)).match(p);
};
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options5 = {}) => orig(p, pattern, ext(def, options5));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options5 = {}) {
        super(pattern, ext(def, options5));
      }
      static defaults(options5) {
        return orig.defaults(ext(def, options5)).Minimatch;
      }
    },
    unescape: (s, options5 = {}) => orig.unescape(s, ext(def, options5)),
    escape: (s, options5 = {}) => orig.escape(s, ext(def, options5)),
    filter: (pattern, options5 = {}) => orig.filter(pattern, ext(def, options5)),
    defaults: (options5) => orig.defaults(ext(def, options5)),
    braceExpand: (pattern, options5 = {}) => orig.braceExpand(pattern, ext(def, options5)),
    match: (list, pattern, options5 = {}) => orig.match(list, pattern, ext(def, options5)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options5 = {}) => {
  assertValidPattern(pattern);
  if (options5.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  let p = pattern.replace(/\\\\/g, "\\\\\\\\");
  if (options5.windowsPathsNoEscape || options5[AWE_KEY] === false) {
    p = p.replace(/\[([{}])\]/g, "[\\$1]");
  }
  return expand(p, { max: options5.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var RANGE_MIN = 100;
var rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
var inRepeatOrNegExt = (portion, mark) => {
  const stack = [];
  for (let i = 0; i < portion.length; i++) {
    const c = portion.charAt(i);
    if (c === "\\") {
      i++;
    } else if (c === mark) {
      if (stack.some((t) => t !== "@" && t !== "?"))
        return true;
    } else if (portion.charAt(i + 1) === "(" && "!?+*@".includes(c)) {
      stack.push(c);
      i++;
    } else if (c === ")") {
      stack.pop();
    }
  }
  return false;
};
var match = (list, pattern, options5 = {}) => {
  const mm = new Minimatch(pattern, options5);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var classEnd = (pattern, start) => {
  let i = start + 1;
  if (pattern.charAt(i) === "!" || pattern.charAt(i) === "^")
    i++;
  let sawStart = false;
  for (; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "]" && sawStart)
      return i;
    sawStart = true;
    if (c === "\\")
      i++;
  }
  return -1;
};
var literal = (pattern, noext) => {
  if (!noext && (pattern === "+()" || pattern === "@()"))
    return pattern;
  let lit2 = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      lit2 += pattern.charAt(++i) || c;
    } else if (c === "*" || c === "?") {
      return void 0;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close === -1) {
        lit2 += c;
        continue;
      }
      let body = pattern.slice(i + 1, close);
      if (body.startsWith("\\"))
        body = body.slice(1);
      if ([...body].length !== 1 || "!^".includes(pattern.charAt(i + 1))) {
        return void 0;
      }
      lit2 += body;
      i = close;
    } else if (!noext && "+@!".includes(c) && pattern.charAt(i + 1) === "(" && pattern.includes(")", i + 2)) {
      return void 0;
    } else {
      lit2 += c;
    }
  }
  return lit2;
};
var MAX_EXTGLOBS = 256;
var extglobCount = (pattern) => {
  let n = 0;
  for (let i = 0; i < pattern.length - 1; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      i++;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      n++;
      i++;
    }
  }
  return n;
};
var assertValidExtglobs = (pattern) => {
  if (extglobCount(pattern) > MAX_EXTGLOBS) {
    throw new TypeError("pattern has too many extglobs");
  }
};
var extSafe = (pattern) => {
  if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:"))
    return false;
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      if (++i === pattern.length)
        return false;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close !== -1)
        i = close;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      depth++;
      i++;
    } else if (c === ")") {
      if (!depth--)
        return false;
    } else if (c === "|" && !depth) {
      return false;
    }
  }
  return !depth;
};
var lastSplit;
var lastChecked;
var portionMatch = (p, f) => typeof p === "string" ? f === p : f !== "" && p.testUnchecked(f);
var endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1;
var isDots = (p) => p === "." || p === "..";
var isDrive = (p) => typeof p === "string" && /^[a-z]:$/i.test(p);
var isLongUNC = (p) => typeof p === "string" && /^unc$/i.test(p);
var uncHost = (p) => {
  if (p[0] !== "" || p[1] !== "")
    return -1;
  const h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1;
  const host = p[h];
  const share = p[h + 1];
  return h !== -1 && host !== void 0 && host !== "" && host !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
};
var walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith("."));
var dotPortion = (f, start, end, dot, sep2) => {
  for (let k = start; k < end; ) {
    if (f.charCodeAt(k) === 46) {
      if (!dot)
        return true;
      const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep2))
        return true;
    }
    const s = nextSep(f, k, sep2);
    if (s === -1)
      return false;
    k = s + 1;
    while (k < end && isSep(f.charCodeAt(k), sep2))
      k++;
  }
  return false;
};
var isSep = (c, sep2) => sep2 === "/" ? c === 47 : sep2 === "\\" ? c === 92 : c === 47 || c === 92;
var nextSep = (f, from, sep2) => {
  if (sep2 !== "both")
    return f.indexOf(sep2, from);
  const s = f.indexOf("/", from);
  const b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
};
var lastSep = (f, from, sep2) => sep2 !== "both" ? f.lastIndexOf(sep2, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
var PENDING = {};
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  // the path can be checked against the last portion, and the string
  // portions, of each row before it is split. See #canMatch.
  #endCheck;
  #literalCheck;
  // level 2 resolves `.` and `..` portions in the path
  #level2;
  // the unicode normalization form, if any
  #form;
  // the string portions of each row in the set
  #literals = [];
  // the rows that #canMatch can match without splitting the path
  #shapes = [];
  // the rows whose last portion can be checked against the path's
  #endRows = [];
  // brace expansion can make the same portion in many rows, so they
  // share one Matcher, and the states that it caches
  #matchers = /* @__PURE__ */ new Map();
  // parse() returns PENDING in place of a Matcher
  #pending = false;
  // the char that marks numeric ranges in globSet, if any
  #rangeMark;
  // the GlobstarParts of each pattern row, by start index and partial
  #globstarParts = /* @__PURE__ */ new WeakMap();
  constructor(pattern, options5 = {}) {
    assertValidPattern(pattern);
    options5 = options5 || {};
    this.options = options5;
    this.maxGlobstarRecursion = options5.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
    this.pattern = pattern;
    this.platform = options5.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    this.windowsPathsNoEscape = !!options5.windowsPathsNoEscape || options5[AWE_KEY] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options5.preserveMultipleSlashes;
    this.negate = false;
    this.nonegate = !!options5.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options5.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options5.windowsNoMagicRoot !== void 0 ? options5.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.#endCheck = !this.preserveMultipleSlashes;
    this.#level2 = (options5.optimizationLevel ?? 1) >= 2;
    const n = options5.normalize;
    this.#form = n === true ? "NFC" : n || void 0;
    this.make();
    const drives = this.set.map((row2) => this.#rootIndex(row2));
    this.#endRows = this.set.map((row2, r) => this.#endCheck && row2.length - 1 > drives[r]);
    this.#literals = this.set.map((row2, r) => {
      const end = this.#endRows[r] ? row2.length - 1 : row2.length;
      const lits = row2.slice(drives[r] + 1, end).filter((p) => typeof p === "string" && !!p);
      return [...new Set(lits)];
    });
    this.#literalCheck = this.#literals.some((l) => l.length);
    this.#shapes = this.set.map((row2, r) => {
      const [p0, p1, p2] = row2;
      if (this.#endRows[r] && row2.length === 2) {
        if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
          return "tail";
      }
      if (this.#endRows[r] && options5.matchBase && row2.length === 1 && p0 !== GLOBSTAR && p0 !== "") {
        return "base";
      }
      if (!this.#endCheck || drives[r] !== -1)
        return void 0;
      if (row2.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
      this.maxGlobstarRecursion > 0) {
        return "mid";
      }
      if (row2.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "") {
        return "head";
      }
      return void 0;
    });
  }
  // a string portion of a pattern, normalized if the option is set
  #norm(p) {
    return this.#form ? p.normalize(this.#form) : p;
  }
  // On Windows, the index of the last root portion of a row, as
  // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
  // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
  // -1.
  #rootIndex(row2) {
    if (!this.isWindows)
      return -1;
    if (isDrive(row2[0]))
      return 0;
    const uncDrive = row2[0] === "" && row2[1] === "" && row2[2] === "?" && isDrive(row2[3]);
    if (uncDrive)
      return 3;
    const h = uncHost(row2);
    return h === -1 ? -1 : h + 1;
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  make() {
    const pattern = this.pattern;
    const options5 = this.options;
    if (!options5.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.#expandBraces())];
    const rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.#pending = true;
    let set2 = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4;
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p));
        const isDrive2 = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, n).map((p) => this.#norm(p)),
            ...s.slice(n).map((ss) => this.parse(ss))
          ];
        } else if (isDrive2) {
          return [
            this.#norm(s[0]),
            ...s.slice(1).map((ss) => this.parse(ss))
          ];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.set = set2.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
          if (isLongUNC(this.globParts[i][3]))
            p[3] = "UNC";
          p[2] = "?";
        }
      }
    }
    if (!options5.noext)
      this.mergeRows();
    this.#pending = false;
    this.set.forEach((row2, i) => {
      for (let k = 0; k < row2.length; k++) {
        if (row2[k] === PENDING) {
          row2[k] = this.parse(this.globParts[i][k]);
        }
      }
    });
  }
  // Merge rows that only differ in one portion, where each of them
  // is a Matcher, into one row that matches any of them with
  // `@(a|b|...)`. Then a path is only walked once for all of them,
  // for example with `**/*.{js,ts}`.
  mergeRows() {
    let merged = true;
    while (merged) {
      merged = false;
      if (this.set.length < 2)
        return;
      let keys = this.#mergeKeys();
      const len = Math.max(0, ...this.set.map((r) => r.length));
      for (let k = 0; k < len; k++) {
        const groups = /* @__PURE__ */ new Map();
        const R = this.set.length + 1;
        this.set.forEach((row2, i) => {
          if (!(row2[k] instanceof Matcher || row2[k] === PENDING) || !extSafe(this.globParts[i][k])) {
            return;
          }
          const { pre, suf } = keys[i];
          const key = pre[k] * R + suf[k + 1];
          const g = groups.get(key);
          if (g)
            g.push(i);
          else
            groups.set(key, [i]);
        });
        const drop = /* @__PURE__ */ new Set();
        for (const g of groups.values()) {
          if (g.length < 2)
            continue;
          const [first, ...rest] = g;
          const alts = g.map((i) => this.globParts[i][k]);
          const glob = `@(${alts.join("|")})`;
          if (extglobCount(glob) > MAX_EXTGLOBS)
            continue;
          this.globParts[first][k] = glob;
          this.set[first][k] = this.parse(glob);
          for (const i of rest)
            drop.add(i);
        }
        if (drop.size) {
          merged = true;
          this.set = this.set.filter((_, i) => !drop.has(i));
          this.globParts = this.globParts.filter((_, i) => !drop.has(i));
          if (this.set.length < 2)
            return;
          keys = this.#mergeKeys();
        }
      }
    }
  }
  // For each row, number ids for its prefixes and suffixes, such that
  // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
  // Two rows are the same other than at portion k exactly when they
  // have the same pre[k] and suf[k + 1]. This is linear in the size of
  // the rows, where joining the whole row for every k was quadratic.
  #mergeKeys() {
    const partIds = /* @__PURE__ */ new Map();
    const ids = this.globParts.map((parts) => parts.map((s) => {
      let id = partIds.get(s);
      if (id === void 0)
        partIds.set(s, id = partIds.size);
      return id;
    }));
    const P = partIds.size;
    const len = Math.max(0, ...ids.map((r) => r.length));
    const keys = ids.map((r) => ({
      pre: [0],
      suf: new Array(r.length + 1).fill(0)
    }));
    for (let k = 0; k < len; k++) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { pre } = keys[i];
        const key = pre[k] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        pre.push(id);
      });
    }
    for (let k = len - 1; k >= 0; k--) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { suf } = keys[i];
        const key = suf[k + 1] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        suf[k] = id;
      });
    }
    return keys;
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      const root = this.#rootIndex(parts) + 1;
      parts = parts.reduce((set2, part) => {
        const prev = set2[set2.length - 1];
        if (part === "**" && prev === "**") {
          return set2;
        }
        if (part === "..") {
          if (set2.length > root && prev && prev !== ".." && prev !== "." && prev !== "**") {
            set2.pop();
            return set2;
          }
        }
        set2.push(part);
        return set2;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  // Check the path against each row before it is split. 'no' if no
  // row can match, so it does not need to be split. 'yes' if a row of
  // `**` and one more portion matches. 'maybe' if it must be split to
  // know. None of this applies with partial, where the path can end
  // before the row does.
  //
  // On Windows, `\` is a separator in the path too, and the portions of
  // a row up to its drive letter or UNC share are not checked (see
  // #rootIndex).
  //
  // Each string portion of a row must be a portion of the path, so the
  // path must contain it. Level 2 can only take portions out of the
  // path, so this is still true then.
  //
  // The last portion of a row must match the last portion of the path,
  // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
  // This does not apply to rows that end in **, rows that end in a
  // root, or preserveMultipleSlashes (which can leave more
  // than one '' at the end). At level 2, it does not apply if that
  // portion is `.` or `..`, which can be
  // resolved away. Level 2 only takes other portions out of the
  // middle of the path.
  //
  // A row of `**/x` then matches if the ** can walk the portions
  // before the one that x matches, the same as #matchGlobstar. At
  // level 2, this is only known if none of them are `.` or `..`, so
  // that the path does not change when it is resolved.
  #canMatch(f) {
    const sep2 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
    let ends = this.#endCheck ? 0 : -1;
    let last = "";
    let lastStart = 0;
    let prev;
    let prevStart = 0;
    const dot = !!this.options.dot;
    ROWS: for (let r = 0; r < this.set.length; r++) {
      const row2 = this.set[r];
      const p = row2[row2.length - 1];
      let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
      if (end && ends === 0) {
        const i = lastSep(f, f.length, sep2);
        lastStart = i + 1;
        last = f.slice(lastStart);
        if (last === "" && i >= 0) {
          let j = i;
          while (j > 0 && isSep(f.charCodeAt(j - 1), sep2))
            j--;
          prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep2) + 1;
          prev = f.slice(prevStart, j);
        }
        const resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
        ends = resolves ? -1 : 1;
        end = !resolves;
      }
      let tailStart = -1;
      if (end && typeof p === "string") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      if (this.#literalCheck) {
        for (const l of this.#literals[r]) {
          if (!f.includes(l))
            continue ROWS;
        }
      }
      if (end && typeof p === "object") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      const shape = this.#shapes[r];
      if (shape === "base" && end)
        return "yes";
      if (shape === "tail" && end) {
        if (this.#level2 && dotPortion(f, 0, tailStart, true, sep2)) {
          return "maybe";
        }
        if (!dotPortion(f, 0, tailStart, dot, sep2))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        const m = this.#walk(f, row2, shape === "head", dot, sep2);
        if (m !== "no")
          return m;
        continue;
      }
      return "maybe";
    }
    return "no";
  }
  // Match a row of a known shape against the split path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do. None of these
  // rows have a drive letter, so they start at the first portion.
  #matchShape(file, row2, shape) {
    const dot = !!this.options.dot;
    const n = file.length;
    if (shape === "head") {
      if (n < 2 || !portionMatch(row2[0], file[0])) {
        return false;
      }
      for (let i = 1; i < n; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    const x = row2[1];
    if (shape === "tail") {
      let t = n - 1;
      if (!portionMatch(x, file[t])) {
        if (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])) {
          return false;
        }
      }
      for (let i = 0; i < t; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    for (let k = 0; k < n; k++) {
      if (portionMatch(x, file[k]) && k + 1 < n) {
        let i = k + 1;
        while (i < n && walkable(file[i], dot))
          i++;
        if (i === n)
          return true;
      }
      if (!walkable(file[k], dot))
        return false;
    }
    return false;
  }
  // Match a row of `**/x/**` or `x/**` against the path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do once it is split.
  // x must match a portion (the first one, for `x/**`), the ** before
  // it must be able to walk the portions before that one, and there
  // must be a portion after it, which the ** after it can walk. At
  // level 2, this is only known if no portion is `.` or `..`.
  #walk(f, row2, head, dot, sep2) {
    if (this.#level2 && dotPortion(f, 0, f.length, true, sep2))
      return "maybe";
    const x = row2[head ? 0 : 1];
    let s = 0;
    for (let e = nextSep(f, s, sep2); e !== -1; e = nextSep(f, s, sep2)) {
      let next = e + 1;
      while (next < f.length && isSep(f.charCodeAt(next), sep2))
        next++;
      const hit = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
      if (hit && !dotPortion(f, next, f.length, dot, sep2))
        return "yes";
      if (head || dotPortion(f, s, next, dot, sep2))
        return "no";
      s = next;
    }
    return "no";
  }
  // the last split, if it was the same path with the same split
  // settings
  #cachedSplit(f) {
    const last = lastSplit;
    return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
  }
  // split a path for match(), and keep the parts for the next call
  #split(f) {
    const { isWindows, preserveMultipleSlashes } = this;
    let parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f);
    const normalize2 = this.#form;
    if (normalize2)
      parts = parts.map((p) => p.normalize(normalize2));
    lastSplit = {
      f,
      isWindows,
      preserveMultipleSlashes,
      normalize: normalize2,
      parts
    };
    return lastSplit;
  }
  // resolve `.` and `..` portions of a path, for level 2
  #levelTwoFileOptimize(file) {
    const parts = [...file];
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      const root = this.#rootIndex(parts) + 1;
      let dd = root;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**") {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd = Math.max(dd - 2, root);
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
    let splitCells = 0;
    const maxSplitCells = 1e6;
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          const addedCells = parts.length - 1;
          if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells) {
            throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          splitCells += addedCells;
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        const root = this.#rootIndex(parts) + 1;
        let dd = root;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd = Math.max(dd - 2, root);
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  secondPhasePreProcess(globParts) {
    const keys = /* @__PURE__ */ new Set();
    const rows = globParts.filter((parts) => {
      const key = parts.join("/");
      if (keys.has(key))
        return false;
      keys.add(key);
      return true;
    });
    const stars = /* @__PURE__ */ new Map();
    for (const parts of rows) {
      const s = [];
      for (let i = 0; i < parts.length; i++) {
        if (parts[i] === "*")
          s.push(i);
      }
      if (s.length)
        stars.set(s.join(","), s);
    }
    if (!stars.size || rows.length * stars.size > 1e5)
      return rows;
    const { dot } = this.options;
    return rows.filter((parts) => {
      for (const s of stars.values()) {
        if (s[s.length - 1] >= parts.length)
          continue;
        const c = [...parts];
        let ok = true;
        let changed = false;
        for (const i of s) {
          const p = parts[i];
          if (p === "*")
            continue;
          if (!p || p === "**" || !dot && p.startsWith(".")) {
            ok = false;
            break;
          }
          c[i] = "*";
          changed = true;
        }
        if (ok && changed && keys.has(c.join("/")))
          return false;
      }
      return true;
    });
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // Match the parts of a path against one row of the set. `resolved`
  // is the parts after level 2 resolves `.` and `..` in them, or the
  // same parts below level 2. Set partial to true to test if, for
  // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
  // you run out of file before you run out of pattern, then that's
  // fine, as long as all the parts match.
  #matchRow(file, resolved, pattern, partial2) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    const fh = this.isWindows ? uncHost(resolved) : -1;
    const ph = fh === -1 ? -1 : uncHost(pattern);
    if (ph !== -1) {
      const host = pattern[ph];
      const share = pattern[ph + 1];
      if (typeof host !== "string" || typeof share !== "string") {
        fileStartIndex = fh;
        patternStartIndex = ph;
      } else if (resolved[fh].toLowerCase() === host.toLowerCase() && resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
        fileStartIndex = fh + 2;
        patternStartIndex = ph + 2;
      }
    } else if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          patternStartIndex = pdi + 1;
          fileStartIndex = fdi + 1;
        }
      }
    }
    file = resolved;
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial2, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial2, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial2, fileIndex, patternIndex) {
    const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial2, patternIndex);
    if (head.length) {
      const headEnd = fileIndex + head.length;
      if (!this.#matchOne(file, head, partial2, fileIndex, 0, headEnd)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial2, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial2, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
        const f = String(file[i]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial2 || sawSome;
    }
    return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial2, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
  }
  // Split the pattern into head, tail, and middle of ** delimited
  // parts. The tail has to be at the end, and the others just have to
  // be found in order from the head. These only depend on the pattern
  // row, so they are kept for the next path.
  #getGlobstarParts(pattern, partial2, patternIndex) {
    let byStart = this.#globstarParts.get(pattern);
    if (!byStart) {
      byStart = [];
      this.#globstarParts.set(pattern, byStart);
    }
    const key = patternIndex * 2 + (partial2 ? 1 : 0);
    const found = byStart[key];
    if (found)
      return found;
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const head = pattern.slice(patternIndex, firstgs);
    const body = pattern.slice(firstgs + 1, partial2 ? void 0 : lastgs);
    const tail = partial2 ? [] : pattern.slice(lastgs + 1);
    const segments = [[[], 0]];
    let current = segments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        current = [[], 0];
        segments.push(current);
      } else {
        current[0].push(b);
        nonGsParts++;
      }
    }
    segments.forEach((b, i) => {
      b[1] = nonGsParts - nonGsPartsSums[i];
    });
    const parts = { head, body, tail, segments };
    byStart[key] = parts;
    return parts;
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial2, globStarDepth, sawTail, tried) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      if (partial2) {
        return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
      }
      for (let i = fileIndex; i < fileLength; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, need] = bs;
    const after = partial2 ? fileLength : fileLength - need;
    while (fileIndex <= after) {
      const key = bodyIndex * (file.length + 1) + fileIndex;
      if (tried.has(key))
        return false;
      tried.add(key);
      const m = this.#matchOne(file, body, partial2, fileIndex, 0, fileIndex + body.length);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial2, globStarDepth + 1, sawTail, tried);
        if (sub !== false) {
          return sub;
        }
      }
      if (fileIndex === after)
        break;
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial2 || null;
  }
  #matchOne(file, pattern, partial2, fileIndex, patternIndex, fileEnd = file.length) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      let p = pattern[pi];
      let f = file[fi];
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      if (!portionMatch(p, f))
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial2;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  // Expand braces, except numeric ranges such as {0..999} with at
  // least RANGE_MIN values. Each of those stays in its pattern as
  // `<mark>0..999<mark>`, for the Matcher to test. If a range might
  // be inside a [...] class, expand all of them instead.
  #expandBraces() {
    const { pattern } = this;
    if (this.options.nobrace)
      return this.braceExpand();
    let code2 = 57344;
    while (pattern.includes(String.fromCharCode(code2))) {
      if (++code2 > 63743)
        return this.braceExpand();
    }
    const mark = String.fromCharCode(code2);
    let found = false;
    const marked = pattern.replace(rangeRe, (m, lo, hi) => {
      const a = Number(lo);
      const b = Number(hi);
      if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN) {
        return m;
      }
      found = true;
      return `${mark}${lo}..${hi}${mark}`;
    });
    if (!found)
      return this.braceExpand();
    const set2 = braceExpand(marked, this.options);
    for (const p of set2) {
      for (const portion of p.split("/")) {
        const c = portion.indexOf("[");
        if (c !== -1 && c < portion.lastIndexOf(mark)) {
          return this.braceExpand();
        }
        if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
          return this.braceExpand();
        }
      }
    }
    this.#rangeMark = mark;
    return set2;
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options5 = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    const { nocase, nocaseMagicOnly, noext = false, dot, normalize: normalize2 } = options5;
    const rangeMark = this.#rangeMark;
    const lit2 = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
    if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase())) {
      return this.#norm(lit2);
    }
    if (this.#pending)
      return PENDING;
    let m = this.#matchers.get(pattern);
    if (!m) {
      if (!noext)
        assertValidExtglobs(pattern);
      m = new Matcher(pattern, {
        nocase,
        noext,
        dot,
        normalize: normalize2,
        ...rangeMark && { rangeMark }
      });
      this.#matchers.set(pattern, m);
    }
    return m;
  }
  #slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial2 = this.partial) {
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial2) {
      return true;
    }
    const options5 = this.options;
    let split = this.#cachedSplit(f);
    if (!split) {
      if (!partial2 && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
        lastChecked = f;
        const can = this.#canMatch(f);
        if (can === "no")
          return options5.flipNegate ? false : this.negate;
        if (can === "yes")
          return options5.flipNegate ? true : !this.negate;
      }
      split = this.#split(f);
    }
    const ff = split.parts;
    const resolved = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff;
    const set2 = this.set;
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (let r = 0; r < set2.length; r++) {
      const pattern = set2[r];
      const shape = partial2 ? void 0 : this.#shapes[r];
      const hit = shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved, pattern, shape) : options5.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial2) : this.#matchRow(ff, resolved, pattern, partial2);
      if (hit) {
        if (options5.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options5.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/text/paths.ts
function formatFieldPath(path6) {
  let text2 = "";
  for (const step of path6) text2 += typeof step === "number" ? `[${step}]` : text2 ? `.${step}` : step;
  return text2;
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/text/utf8.ts
var strictDecoder = new TextDecoder("utf-8", { fatal: true });
function decodeUtf8(bytes) {
  try {
    return { text: strictDecoder.decode(bytes) };
  } catch {
    return { badByteAt: firstBadByte(bytes) };
  }
}
function decodesSoFar(bytes) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return void 0;
  }
}
function firstBadByte(bytes) {
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = good + bad >> 1;
    if (decodesSoFar(bytes.subarray(0, middle)) === void 0) bad = middle;
    else good = middle;
  }
  const before = decodesSoFar(bytes.subarray(0, good)) ?? "";
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

// node_modules/zod/v4/core/util.js
var util_exports = {};
__export(util_exports, {
  BIGINT_FORMAT_RANGES: () => BIGINT_FORMAT_RANGES,
  CONSTANT_CATCH: () => CONSTANT_CATCH,
  Class: () => Class,
  NUMBER_FORMAT_RANGES: () => NUMBER_FORMAT_RANGES,
  aborted: () => aborted,
  allowsEval: () => allowsEval,
  assert: () => assert,
  assertEqual: () => assertEqual,
  assertIs: () => assertIs,
  assertNever: () => assertNever,
  assertNotEqual: () => assertNotEqual,
  assignProp: () => assignProp,
  attachSchema: () => attachSchema,
  base64ToUint8Array: () => base64ToUint8Array,
  base64urlToUint8Array: () => base64urlToUint8Array,
  cached: () => cached,
  captureStackTrace: () => captureStackTrace,
  cleanEnum: () => cleanEnum,
  cleanRegex: () => cleanRegex,
  clone: () => clone,
  cloneDef: () => cloneDef,
  codePointLength: () => codePointLength,
  constantCatch: () => constantCatch,
  createTransparentProxy: () => createTransparentProxy,
  defineLazy: () => defineLazy,
  defineLazyInternal: () => defineLazyInternal,
  derived: () => derived,
  esc: () => esc,
  escapeRegex: () => escapeRegex,
  explicitlyAborted: () => explicitlyAborted,
  extend: () => extend,
  finalizeIssue: () => finalizeIssue,
  floatSafeRemainder: () => floatSafeRemainder,
  getElementAtPath: () => getElementAtPath,
  getEnumValues: () => getEnumValues,
  getLengthableOrigin: () => getLengthableOrigin,
  getParsedType: () => getParsedType,
  getSizableOrigin: () => getSizableOrigin,
  hexToUint8Array: () => hexToUint8Array,
  hide: () => hide,
  installLazyProp: () => installLazyProp,
  isObject: () => isObject,
  isPlainObject: () => isPlainObject,
  issue: () => issue,
  joinValues: () => joinValues,
  jsonStringifyReplacer: () => jsonStringifyReplacer,
  members: () => members,
  merge: () => merge,
  mergeDefs: () => mergeDefs,
  normalizeParams: () => normalizeParams,
  nullish: () => nullish,
  numKeys: () => numKeys,
  objectClone: () => objectClone,
  omit: () => omit,
  optionalKeys: () => optionalKeys,
  own: () => own,
  parsedType: () => parsedType,
  partial: () => partial,
  pick: () => pick,
  prefixIssues: () => prefixIssues,
  primitiveTypes: () => primitiveTypes,
  promiseAllObject: () => promiseAllObject,
  propertyKeyTypes: () => propertyKeyTypes,
  randomString: () => randomString,
  rawShape: () => rawShape,
  required: () => required,
  safeExtend: () => safeExtend,
  shallowClone: () => shallowClone,
  sizeCaps: () => sizeCaps,
  slugify: () => slugify,
  stringifyPrimitive: () => stringifyPrimitive,
  toZod: () => toZod,
  uint8ArrayToBase64: () => uint8ArrayToBase64,
  uint8ArrayToBase64url: () => uint8ArrayToBase64url,
  uint8ArrayToHex: () => uint8ArrayToHex,
  unwrapMessage: () => unwrapMessage
});
function assertEqual(val) {
  return val;
}
function assertNotEqual(val) {
  return val;
}
function toZod() {
  return (schema2) => schema2;
}
function assertIs(_arg) {
}
function assertNever(_x) {
  throw new Error("Unexpected value in exhaustive check");
}
function assert(_) {
}
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
  const ratio = val / step;
  const roundedRatio = Math.round(ratio);
  const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
  if (Math.abs(ratio - roundedRatio) < tolerance)
    return 0;
  return ratio - roundedRatio;
}
var EVALUATING = /* @__PURE__ */ Symbol("evaluating");
function defineLazy(object, key, getter) {
  let value = void 0;
  Object.defineProperty(object, key, {
    get() {
      if (value === EVALUATING) {
        return void 0;
      }
      if (value === void 0) {
        value = EVALUATING;
        value = getter();
      }
      return value;
    },
    set(v) {
      Object.defineProperty(object, key, {
        value: v
        // configurable: true,
      });
    },
    configurable: true
  });
}
function objectClone(obj) {
  return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function rawShape(def) {
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema2) {
  return rawShape(schema2._zod.def) ?? schema2._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      const value = getter();
      assignProp(this, key, value);
      return value;
    },
    enumerable: true,
    configurable: true
  });
}
function putProp(target, key, value) {
  if (key in target)
    assignProp(target, key, value);
  else
    target[key] = value;
}
function mirrorShape(target, source, keys, wrap) {
  const raw = sourceShape(source);
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    if (!desc.enumerable)
      continue;
    if (desc.get) {
      deferProp(target, key, () => {
        const value = source._zod.def.shape[key];
        return wrap ? wrap(value, key) : value;
      });
    } else
      putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
  }
}
function mirrorProps(target, source) {
  for (const key of Reflect.ownKeys(source)) {
    const desc = Object.getOwnPropertyDescriptor(source, key);
    if (!desc.enumerable)
      continue;
    if (desc.get)
      deferProp(target, key, () => source[key]);
    else
      putProp(target, key, desc.value);
  }
}
function mergeDefs(...defs) {
  const mergedDescriptors = {};
  for (const def of defs) {
    const descriptors = Object.getOwnPropertyDescriptors(def);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema2) {
  return mergeDefs(schema2._zod.def);
}
function getElementAtPath(obj, path6) {
  if (!path6)
    return obj;
  return path6.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
  const keys = Object.keys(promisesObj);
  const promises = keys.map((key) => promisesObj[key]);
  return Promise.all(promises).then((results) => {
    const resolvedObj = {};
    for (let i = 0; i < keys.length; i++) {
      resolvedObj[keys[i]] = results[i];
    }
    return resolvedObj;
  });
}
function randomString(length = 10) {
  const chars = "abcdefghijklmnopqrstuvwxyz";
  let str2 = "";
  for (let i = 0; i < length; i++) {
    str2 += chars[Math.floor(Math.random() * chars.length)];
  }
  return str2;
}
function esc(str2) {
  return JSON.stringify(str2);
}
function slugify(input) {
  return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
var allowsEval = /* @__PURE__ */ cached(() => {
  if (globalConfig.jitless) {
    return false;
  }
  if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
    return false;
  }
  try {
    const F = Function;
    new F("");
    return true;
  } catch (_) {
    return false;
  }
});
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
function numKeys(data) {
  let keyCount = 0;
  for (const key in data) {
    if (Object.prototype.hasOwnProperty.call(data, key)) {
      keyCount++;
    }
  }
  return keyCount;
}
var getParsedType = (data) => {
  const t = typeof data;
  switch (t) {
    case "undefined":
      return "undefined";
    case "string":
      return "string";
    case "number":
      return Number.isNaN(data) ? "nan" : "number";
    case "boolean":
      return "boolean";
    case "function":
      return "function";
    case "bigint":
      return "bigint";
    case "symbol":
      return "symbol";
    case "object":
      if (Array.isArray(data)) {
        return "array";
      }
      if (data === null) {
        return "null";
      }
      if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
        return "promise";
      }
      if (typeof Map !== "undefined" && data instanceof Map) {
        return "map";
      }
      if (typeof Set !== "undefined" && data instanceof Set) {
        return "set";
      }
      if (typeof Date !== "undefined" && data instanceof Date) {
        return "date";
      }
      if (typeof File !== "undefined" && data instanceof File) {
        return "file";
      }
      return "object";
    default:
      throw new Error(`Unknown data type: ${t}`);
  }
};
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
var primitiveTypes = /* @__PURE__ */ new Set([
  "string",
  "number",
  "bigint",
  "boolean",
  "symbol",
  "undefined"
]);
function escapeRegex(str2) {
  return str2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function createTransparentProxy(getter) {
  let target;
  return new Proxy({}, {
    get(_, prop, receiver) {
      target ?? (target = getter());
      return Reflect.get(target, prop, receiver);
    },
    set(_, prop, value, receiver) {
      target ?? (target = getter());
      return Reflect.set(target, prop, value, receiver);
    },
    has(_, prop) {
      target ?? (target = getter());
      return Reflect.has(target, prop);
    },
    deleteProperty(_, prop) {
      target ?? (target = getter());
      return Reflect.deleteProperty(target, prop);
    },
    ownKeys(_) {
      target ?? (target = getter());
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(_, prop) {
      target ?? (target = getter());
      return Reflect.getOwnPropertyDescriptor(target, prop);
    },
    defineProperty(_, prop, descriptor) {
      target ?? (target = getter());
      return Reflect.defineProperty(target, prop, descriptor);
    }
  });
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
var BIGINT_FORMAT_RANGES = {
  int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
  uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
};
function pick(schema2, mask) {
  const currDef = schema2._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".pick() cannot be used on object schemas containing refinements");
  }
  const newShape = {};
  mirrorShape(newShape, schema2, maskedKeys(schema2, mask));
  return clone(schema2, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function maskedKeys(schema2, mask) {
  const raw = sourceShape(schema2);
  const keys = [];
  for (const key of Reflect.ownKeys(mask)) {
    if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
      throw new Error(`Unrecognized key: "${String(key)}"`);
    }
    if (mask[key])
      keys.push(key);
  }
  return keys;
}
function omit(schema2, mask) {
  const currDef = schema2._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".omit() cannot be used on object schemas containing refinements");
  }
  const omitted = new Set(maskedKeys(schema2, mask));
  const newShape = {};
  mirrorShape(newShape, schema2, Reflect.ownKeys(sourceShape(schema2)).filter((key) => !omitted.has(key)));
  return clone(schema2, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema2, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to extend: expected a plain object");
  }
  const checks = schema2._zod.def.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    const existingShape = sourceShape(schema2);
    for (const key of Reflect.ownKeys(shape)) {
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) {
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
      }
    }
  }
  return clone(schema2, mergeDefs(schema2._zod.def, { shape: extended(schema2, shape) }));
}
function extended(schema2, shape) {
  const newShape = {};
  mirrorShape(newShape, schema2, Reflect.ownKeys(sourceShape(schema2)));
  mirrorProps(newShape, shape);
  return newShape;
}
function safeExtend(schema2, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to safeExtend: expected a plain object");
  }
  return clone(schema2, mergeDefs(schema2._zod.def, { shape: extended(schema2, shape) }));
}
function merge(a, b) {
  if (!b?._zod?.def) {
    throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
  }
  if (a._zod.def.checks?.length) {
    throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
  }
  const newShape = {};
  mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
  mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
  const def = mergeDefs(a._zod.def, {
    shape: newShape,
    get catchall() {
      return b._zod.def.catchall;
    },
    checks: b._zod.def.checks ?? []
  });
  return clone(a, def);
}
function partial(Class2, schema2, mask, name = "partial") {
  const currDef = schema2._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
  }
  const selected = mask ? new Set(maskedKeys(schema2, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema2, Reflect.ownKeys(sourceShape(schema2)), Class2 && ((value, key) => selected && !selected.has(key) ? value : new Class2({ type: "optional", innerType: value })));
  return clone(schema2, mergeDefs(schema2._zod.def, { shape: newShape, checks: [] }));
}
function required(Class2, schema2, mask) {
  const selected = mask ? new Set(maskedKeys(schema2, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema2, Reflect.ownKeys(sourceShape(schema2)), (value, key) => (
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class2({ type: "nonoptional", innerType: value })
  ));
  return clone(schema2, mergeDefs(schema2._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path6, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path6);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function getSizableOrigin(input) {
  if (input instanceof Set)
    return "set";
  if (input instanceof Map)
    return "map";
  if (input instanceof File)
    return "file";
  return "unknown";
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str2) {
  const units = str2.length;
  if (!highSurrogate.test(str2))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str2.charCodeAt(i) & 64512) === 55296 && (str2.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function cleanEnum(obj) {
  return Object.entries(obj).filter(([k, _]) => {
    return Number.isNaN(Number.parseInt(k, 10));
  }).map((el) => el[1]);
}
function base64ToUint8Array(base642) {
  const binaryString = atob(base642);
  const bytes = new Uint8Array(binaryString.length);
  for (let i = 0; i < binaryString.length; i++) {
    bytes[i] = binaryString.charCodeAt(i);
  }
  return bytes;
}
function uint8ArrayToBase64(bytes) {
  let binaryString = "";
  for (let i = 0; i < bytes.length; i++) {
    binaryString += String.fromCharCode(bytes[i]);
  }
  return btoa(binaryString);
}
function base64urlToUint8Array(base64url2) {
  const base642 = base64url2.replace(/-/g, "+").replace(/_/g, "/");
  const padding = "=".repeat((4 - base642.length % 4) % 4);
  return base64ToUint8Array(base642 + padding);
}
function uint8ArrayToBase64url(bytes) {
  return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
  const cleanHex = hex.replace(/^0x/, "");
  if (cleanHex.length % 2 !== 0) {
    throw new Error("Invalid hex string length");
  }
  const bytes = new Uint8Array(cleanHex.length / 2);
  for (let i = 0; i < cleanHex.length; i += 2) {
    bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
  }
  return bytes;
}
function uint8ArrayToHex(bytes) {
  return Array.from(bytes).map((b) => b.toString(16).padStart(2, "0")).join("");
}
var Class = class {
  constructor(..._args) {
  }
};
function members(proto, table2) {
  for (const key in table2) {
    const desc = Object.getOwnPropertyDescriptor(table2, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
// @__NO_SIDE_EFFECTS__
function derived(computes, table2) {
  for (const key in computes) {
    const compute = computes[key];
    Object.defineProperty(table2, key, {
      configurable: true,
      enumerable: true,
      get() {
        return own(this, key, compute(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  return table2;
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
var CONSTANT_CATCH = "~constantCatch";
function constantCatch(value) {
  const fn = () => value;
  fn[CONSTANT_CATCH] = true;
  return fn;
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer3, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer3(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name) {
    super(`Encountered unidirectional transform during encode: ${name}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});
function node(obj, key, make) {
  if (!Object.prototype.hasOwnProperty.call(obj, key)) {
    if (key === "__proto__") {
      Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
    } else {
      obj[key] = make();
    }
  }
  return obj[key];
}
function flattenError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = {};
  const formErrors = [];
  for (const sub of error2.issues) {
    if (sub.path.length > 0) {
      node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
    } else {
      formErrors.push(mapper(sub));
    }
  }
  return { formErrors, fieldErrors };
}
function formatError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = { _errors: [] };
  const processError = (error3, path6 = []) => {
    for (const issue2 of error3.issues) {
      if (issue2.code === "invalid_union" && issue2.errors.length) {
        issue2.errors.map((issues) => processError({ issues }, [...path6, ...issue2.path]));
      } else if (issue2.code === "invalid_key") {
        processError({ issues: issue2.issues }, [...path6, ...issue2.path]);
      } else if (issue2.code === "invalid_element") {
        processError({ issues: issue2.issues }, [...path6, ...issue2.path]);
      } else {
        const fullpath = [...path6, ...issue2.path];
        if (fullpath.length === 0) {
          fieldErrors._errors.push(mapper(issue2));
        } else {
          let curr = fieldErrors;
          let i = 0;
          while (i < fullpath.length) {
            const el = fullpath[i];
            const terminal = i === fullpath.length - 1;
            if (el === "_errors") {
              if (terminal)
                curr._errors.push(mapper(issue2));
              i++;
              continue;
            }
            if (!Object.prototype.hasOwnProperty.call(curr, el)) {
              Object.defineProperty(curr, el, {
                value: { _errors: [] },
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
            const node2 = curr[el];
            if (terminal) {
              node2._errors.push(mapper(issue2));
            }
            curr = node2;
            i++;
          }
        }
      }
    }
  };
  processError(error2);
  return fieldErrors;
}

// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
  return { callee: params?.callee ?? callee, Err: params?.Err };
}
var _parse = (_Err) => {
  const fn = (schema2, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result2 = schema2._zod.run({ value, issues: [] }, ctx);
    if (result2 instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result2.issues.length) {
      const e = new (_params?.Err ?? _Err)(result2.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result2.value;
  };
  return fn;
};
var _parseAsync = (_Err) => {
  const fn = async (schema2, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result2 = schema2._zod.run({ value, issues: [] }, ctx);
    if (result2 instanceof Promise)
      result2 = await result2;
    if (result2.issues.length) {
      const e = new (params?.Err ?? _Err)(result2.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result2.value;
  };
  return fn;
};
var _safeParse = (_Err) => (schema2, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result2 = schema2._zod.run({ value, issues: [] }, ctx);
  if (result2 instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result2.issues.length ? failure(_Err, result2.issues, ctx) : { success: true, data: result2.value };
};
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema2, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result2 = schema2._zod.run({ value, issues: [] }, ctx);
  if (result2 instanceof Promise)
    result2 = await result2;
  return result2.issues.length ? failure(_Err, result2.issues, ctx) : { success: true, data: result2.value };
};
var COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
var COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
var validate = ((schema2, value, _ctx) => {
  const validator = schema2._zod.bag.validator;
  if (validator !== void 0) {
    if (validator(value) !== COMPILE_INVALID)
      return true;
    if (validator.definite === true && _ctx === void 0)
      return false;
  }
  return validateFallback(schema2, value, _ctx);
});
function validateFallback(schema2, value, _ctx) {
  const ctx = _ctx ? { ..._ctx, async: false, abortEarly: true } : { async: false, abortEarly: true };
  const fallbackRun = schema2._zod.bag.fallbackRun;
  let result2;
  if (fallbackRun) {
    ctx[COMPILE_FALLBACK] = true;
    result2 = fallbackRun({ value, issues: [] }, ctx);
  } else {
    result2 = schema2._zod.run({ value, issues: [] }, ctx);
  }
  if (result2 instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result2.issues.length === 0;
}
var validateAsync = async (schema2, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true, abortEarly: true } : { async: true, abortEarly: true };
  let result2 = schema2._zod.run({ value, issues: [] }, ctx);
  if (result2 instanceof Promise)
    result2 = await result2;
  return result2.issues.length === 0;
};
var _encode = (_Err) => {
  const parse2 = _parse(_Err);
  const fn = (schema2, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return parse2(schema2, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decode = (_Err) => {
  const parse2 = _parse(_Err);
  const fn = (schema2, value, _ctx, _params) => {
    return parse2(schema2, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _encodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema2, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return await parseAsync2(schema2, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema2, value, _ctx, _params) => {
    return await parseAsync2(schema2, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _safeEncode = (_Err) => (schema2, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParse(_Err)(schema2, value, ctx);
};
var _safeDecode = (_Err) => (schema2, value, _ctx) => {
  return _safeParse(_Err)(schema2, value, _ctx);
};
var _safeEncodeAsync = (_Err) => async (schema2, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParseAsync(_Err)(schema2, value, ctx);
};
var _safeDecodeAsync = (_Err) => async (schema2, value, _ctx) => {
  return _safeParseAsync(_Err)(schema2, value, _ctx);
};

// node_modules/zod/v4/core/regexes.js
var cuid = /^[cC][0-9a-z]{6,}$/;
var cuid2 = /^[0-9a-z]+$/;
var ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
var xid = /^[0-9a-vA-V]{20}$/;
var ksuid = /^[A-Za-z0-9]{27}$/;
var nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
  return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
var duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
var guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
var uuid = (version2) => {
  if (!version2)
    return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
  return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version2}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
var email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
var _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
  return new RegExp(_emoji, "u");
}
var ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
var ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
var cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
var cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
var base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
var base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var httpProtocol = /^https?$/;
var e164 = /^\+[1-9]\d{6,14}$/;
var dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
function anchor(source) {
  return new RegExp(`^${source}$`);
}
var date = /* @__PURE__ */ anchor(dateSource);
function timeSource(args) {
  const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
  const regex = typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
  return regex;
}
function time(args) {
  return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
  const opts = ["Z"];
  if (args.offset)
    opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
  const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
  const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
  return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var anyString = /^[\s\S]{0,}$/;
var integer = /^-?\d+$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;
var lowercase = /^[^A-Z]*$/;
var uppercase = /^[^a-z]*$/;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a3;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMultipleOf = /* @__PURE__ */ $constructor("$ZodCheckMultipleOf", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    if (typeof payload.value !== typeof def.value)
      throw new Error("Cannot mix number and bigint in multiple_of check.");
    const isMultiple = typeof payload.value === "bigint" ? (
      // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
      def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
    ) : floatSafeRemainder(payload.value, def.value) === 0;
    if (isMultiple)
      return;
    payload.issues.push({
      origin: typeof payload.value,
      code: "not_multiple_of",
      divisor: def.value,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        if (input > 0) {
          payload.issues.push({
            input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input < minimum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input > maximum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
    if (length <= def.maximum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
    if (length === def.length)
      return;
    const origin = getLengthableOrigin(input);
    const tooBig = length > def.length;
    payload.issues.push({
      origin,
      ...tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length },
      inclusive: true,
      exact: true,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a3, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def) => {
  def.pattern ?? (def.pattern = lowercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def) => {
  def.pattern ?? (def.pattern = uppercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def) => {
  $ZodCheck.init(inst, def);
  const escapedRegex = escapeRegex(def.includes);
  const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
  def.pattern = pattern;
  inst._zod.check = (payload) => {
    if (payload.value.includes(def.includes, def.position))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "includes",
      includes: def.includes,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.startsWith(def.prefix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "starts_with",
      prefix: def.prefix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.endsWith(def.suffix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "ends_with",
      suffix: def.suffix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    payload.value = def.tx(payload.value);
  };
});

// node_modules/zod/v4/core/doc.js
var Doc = class {
  constructor(args = [], closed = {}) {
    this.content = [];
    this.indent = 0;
    this.args = args;
    this.closed = closed;
  }
  // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
  indented(fn) {
    this.indent += 1;
    try {
      fn(this);
    } finally {
      this.indent -= 1;
    }
  }
  write(arg) {
    if (typeof arg === "function") {
      arg(this, { execution: "sync" });
      arg(this, { execution: "async" });
      return;
    }
    const content = arg;
    const lines = content.split("\n").filter((x) => x);
    const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
    const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
    for (const line of dedented) {
      this.content.push(line);
    }
  }
  compile() {
    const F = Function;
    const content = this?.content ?? [``];
    const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {
${content.join("\n")}
};`);
    return factory(...Object.values(this.closed));
  }
};

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a3;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result2 = inst._zod.parse(payload, ctx);
      if (result2 instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result2.then((result3) => runChecks(result3, checks, ctx));
      }
      return runChecks(result2, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync2(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync2(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  $ZodString.init(inst, def);
});
var $ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def) => {
  def.pattern ?? (def.pattern = guid);
  $ZodStringFormat.init(inst, def);
});
var $ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def) => {
  if (def.version) {
    const versionMap = {
      v1: 1,
      v2: 2,
      v3: 3,
      v4: 4,
      v5: 5,
      v6: 6,
      v7: 7,
      v8: 8
    };
    const v = versionMap[def.version];
    if (v === void 0)
      throw new Error(`Invalid UUID version: "${def.version}"`);
    def.pattern ?? (def.pattern = uuid(v));
  } else
    def.pattern ?? (def.pattern = uuid());
  $ZodStringFormat.init(inst, def);
});
var $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
  def.pattern ?? (def.pattern = email);
  $ZodStringFormat.init(inst, def);
});
var URL_BAD_FORMAT = 1;
var URL_UNPARSEABLE = 2;
function canParseURL(input) {
  try {
    if (typeof URL !== "undefined" && typeof URL.canParse === "function")
      return URL.canParse(input);
    new URL(input);
    return true;
  } catch {
    return false;
  }
}
function validateURL(trimmed, def) {
  if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
    return canParseURL(trimmed) || URL_UNPARSEABLE;
  }
  return parseURLObject(trimmed, def);
}
function parseURLObject(trimmed, def) {
  if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
    return URL_BAD_FORMAT;
  }
  try {
    if (typeof URL !== "undefined") {
      const URLStatic = URL;
      if (typeof URLStatic.parse === "function")
        return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
    }
    return new URL(trimmed);
  } catch {
    return URL_UNPARSEABLE;
  }
}
var asciiTabOrNewline = /[\t\n\r]/g;
function stripTabAndNewline(value) {
  return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
  hostname.lastIndex = 0;
  return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
  protocol.lastIndex = 0;
  return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
var $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    try {
      const trimmed = payload.value.trim();
      const url = validateURL(trimmed, def);
      if (url === URL_BAD_FORMAT) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid URL format",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url === URL_UNPARSEABLE) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url === true) {
        payload.value = stripTabAndNewline(trimmed);
        return;
      }
      if (def.hostname && !urlHostnameOk(url, def.hostname)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid hostname",
          pattern: def.hostname.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      if (def.protocol && !urlProtocolOk(url, def.protocol)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid protocol",
          pattern: def.protocol.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
      return;
    } catch (_) {
      payload.issues.push({
        code: "invalid_format",
        format: "url",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def) => {
  def.pattern ?? (def.pattern = emoji());
  $ZodStringFormat.init(inst, def);
});
var $ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def) => {
  if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1))
    throw new Error(`Invalid nanoid length: ${def.length}`);
  def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def) => {
  def.pattern ?? (def.pattern = cuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def) => {
  def.pattern ?? (def.pattern = cuid2);
  $ZodStringFormat.init(inst, def);
});
var $ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def) => {
  def.pattern ?? (def.pattern = ulid);
  $ZodStringFormat.init(inst, def);
});
var $ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def) => {
  def.pattern ?? (def.pattern = xid);
  $ZodStringFormat.init(inst, def);
});
var $ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def) => {
  def.pattern ?? (def.pattern = ksuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
  def.pattern ?? (def.pattern = datetime(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
  def.pattern ?? (def.pattern = date);
  $ZodStringFormat.init(inst, def);
});
var $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
  def.pattern ?? (def.pattern = time(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
  def.pattern ?? (def.pattern = duration);
  $ZodStringFormat.init(inst, def);
});
var $ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def) => {
  def.pattern ?? (def.pattern = ipv4);
  $ZodStringFormat.init(inst, def);
});
var ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
  if (!ipv6Alphabet.test(value))
    return false;
  return canParseURL(`http://[${value}]`);
}
var $ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def) => {
  def.pattern ?? (def.pattern = ipv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidIPv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "ipv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv4);
  $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
  const parts = value.split("/");
  if (parts.length !== 2)
    return false;
  const [address, prefix2] = parts;
  if (!prefix2)
    return false;
  const prefixNum = Number(prefix2);
  if (`${prefixNum}` !== prefix2)
    return false;
  if (prefixNum < 0 || prefixNum > 128)
    return false;
  return isValidIPv6(address);
}
var $ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidCIDRv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "cidrv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
function isValidBase64(data) {
  if (data === "")
    return true;
  if (/\s/.test(data))
    return false;
  if (data.length % 4 !== 0)
    return false;
  try {
    atob(data);
    return true;
  } catch {
    return false;
  }
}
var base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
var $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def) => {
  def.pattern ?? (def.pattern = base64Charset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
  if (!base64urlCharset.test(data))
    return false;
  const base642 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
  const padded = base642.padEnd(Math.ceil(base642.length / 4) * 4, "=");
  return isValidBase64(padded);
}
var $ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def) => {
  def.pattern ?? (def.pattern = base64urlCharset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64URL(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64url",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def) => {
  def.pattern ?? (def.pattern = e164);
  $ZodStringFormat.init(inst, def);
});
function isValidJWT(token, algorithm = null) {
  try {
    const tokensParts = token.split(".");
    if (tokensParts.length !== 3)
      return false;
    const [header] = tokensParts;
    if (!header)
      return false;
    const parsedHeader = JSON.parse(atob(header));
    if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
      return false;
    if (!parsedHeader.alg)
      return false;
    if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
      return false;
    return true;
  } catch {
    return false;
  }
}
var $ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidJWT(payload.value, def.alg))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "jwt",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result2, final, index) {
  if (result2.issues.length) {
    final.issues.push(...prefixIssues(index, result2.issues));
  }
  final.value[index] = result2.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result2 = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result2 instanceof Promise) {
        proms.push(result2.then((result3) => handleArrayResult(result3, payload, i)));
      } else {
        handleArrayResult(result2, payload, i);
        if (abortEarly && result2.issues.length !== 0 && aborted(result2))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result2, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result2.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result2.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result2.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result2.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result2.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
var $ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def) => {
  $ZodObject.init(inst, def);
  const superParse = inst._zod.parse;
  const _normalized = cached(() => normalizeDef(def));
  const memo2 = globalConfig.memoizer;
  const generateFastpass = (shape) => {
    const normalized = _normalized.value;
    const syms = normalized.symbolKeys;
    const doc = new Doc(["payload", "ctx"], { shape, inst, memo: memo2, syms });
    const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
    const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
    doc.write(`const input = payload.value;`);
    const ids = /* @__PURE__ */ Object.create(null);
    let counter = 0;
    for (const key of normalized.allKeys) {
      ids[key] = `key_${counter++}`;
    }
    doc.write(memo2 ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
    for (const key of normalized.allKeys) {
      if (key === "__proto__")
        continue;
      const id = ids[key];
      const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
      const isPresent = `${k} in input`;
      const schema2 = shape[key];
      const optin = schema2?._zod?.optin;
      const isOptionalIn = optin !== void 0;
      const isOptionalOut = schema2?._zod?.optout === "optional";
      doc.write(`const ${id} = ${parseStr(k)};`);
      if (isOptionalIn && isOptionalOut) {
        const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
        doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
      } else if (!isOptionalIn) {
        doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
      } else {
        doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
        if (optin === "defaulted") {
          doc.write(`newResult[${k}] = ${id}.value;`);
        } else {
          doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
        }
      }
    }
    doc.write(`payload.value = newResult;`);
    doc.write(`return payload;`);
    return doc.compile();
  };
  let fastpass;
  const isObject2 = isObject;
  const jit = !globalConfig.jitless;
  const allowsEval2 = allowsEval;
  const fastEnabled = jit && allowsEval2.value;
  const catchall = def.catchall;
  let value;
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
      if (!fastpass)
        fastpass = generateFastpass(def.shape);
      payload = fastpass(payload, ctx);
      if (!catchall)
        return payload;
      return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
    }
    return superParse(payload, ctx);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result2 of results) {
    if (result2.issues.length === 0) {
      final.value = result2.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result2) => result2.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result2 = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result2 instanceof Promise) {
        results.push(result2);
        async = true;
      } else {
        if (result2.issues.length === 0)
          return result2;
        results.push(result2);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
var $ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    const left = def.left._zod.run({ value: input, issues: [] }, ctx);
    const right = def.right._zod.run({ value: input, issues: [] }, ctx);
    const async = left instanceof Promise || right instanceof Promise;
    if (async) {
      return Promise.all([left, right]).then(([left2, right2]) => {
        return handleIntersectionResults(payload, left2, right2);
      });
    }
    return handleIntersectionResults(payload, left, right);
  };
});
function mergeValues(a, b) {
  if (a === b) {
    return { valid: true, data: a };
  }
  if (a instanceof Date && b instanceof Date && +a === +b) {
    return { valid: true, data: a };
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const bKeys = Object.keys(b);
    const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
    const newObj = { ...a, ...b };
    if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
      delete newObj.__proto__;
    for (const key of sharedKeys) {
      if (key === "__proto__")
        continue;
      const sharedValue = mergeValues(a[key], b[key]);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
        };
      }
      newObj[key] = sharedValue.data;
    }
    return { valid: true, data: newObj };
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      return { valid: false, mergeErrorPath: [] };
    }
    const newArray = [];
    for (let index = 0; index < a.length; index++) {
      const itemA = a[index];
      const itemB = b[index];
      const sharedValue = mergeValues(itemA, itemB);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
        };
      }
      newArray.push(sharedValue.data);
    }
    return { valid: true, data: newArray };
  }
  return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result2, left, right) {
  const unrecKeys = /* @__PURE__ */ new Map();
  let unrecIssue;
  const keyIssues = /* @__PURE__ */ new Map();
  const collect = (iss, side) => {
    let keys;
    if (iss.code === "unrecognized_keys" && !iss.path?.length) {
      unrecIssue ?? (unrecIssue = iss);
      keys = iss.keys;
    } else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
      const k = String(iss.path[0]);
      if (!keyIssues.has(k))
        keyIssues.set(k, iss);
      keys = [k];
    } else {
      return false;
    }
    for (const k of keys) {
      if (!unrecKeys.has(k))
        unrecKeys.set(k, {});
      unrecKeys.get(k)[side] = true;
    }
    return true;
  };
  for (const iss of left.issues) {
    if (!collect(iss, "l"))
      result2.issues.push(iss);
  }
  for (const iss of right.issues) {
    if (!collect(iss, "r"))
      result2.issues.push(iss);
  }
  const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
  if (bothKeys.length) {
    const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
    if (aggregated.length)
      result2.issues.push({ ...unrecIssue, keys: aggregated });
    for (const k of bothKeys) {
      if (!aggregated.includes(k) && keyIssues.has(k))
        result2.issues.push(keyIssues.get(k));
    }
  }
  const merged = mergeValues(left.value, right.value);
  if (!merged.valid) {
    if (aborted(result2))
      return result2;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
  }
  result2.value = merged.data;
  return result2;
}
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject(input)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result2 = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result2 instanceof Promise) {
            proms.push(result2.then((result3) => {
              if (result3.issues.length) {
                payload.issues.push(...prefixIssues(key, result3.issues));
              }
              payload.value[outKey] = result3.value;
            }));
          } else {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }
        }
      }
      let unrecognized;
      for (const key in input) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result2 = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        if (result2 instanceof Promise) {
          proms.push(result2.then((result3) => {
            if (result3.issues.length) {
              payload.issues.push(...prefixIssues(key, result3.issues));
            }
            payload.value[outKey] = result3.value;
          }));
        } else {
          if (result2.issues.length) {
            payload.issues.push(...prefixIssues(key, result2.issues));
          }
          payload.value[outKey] = result2.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const values = new Set(def.values);
  inst._zod.values = values;
  defineLazyInternal(inst, "pattern", (zod) => {
    const vals = zod.def.values;
    return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (values.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values: def.values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "optional";
  globalConfig.memoizer?.guard(inst);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    const _out = def.transform(payload.value, payload);
    if (ctx.async) {
      const output = _out instanceof Promise ? _out : Promise.resolve(_out);
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    if (_out instanceof Promise) {
      throw new $ZodAsyncError();
    }
    payload.value = _out;
    return payload;
  };
});
function handleOptionalResult(payload, result2) {
  payload.value = result2.issues.length ? void 0 : result2.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result2 = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result2 instanceof Promise)
        return result2.then((result3) => handleOptionalResult(payload, result3));
      return handleOptionalResult(payload, result2);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
  inst._zod.parse = (payload, ctx) => {
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
      return payload;
    }
    const result2 = def.innerType._zod.run(payload, ctx);
    if (result2 instanceof Promise) {
      return result2.then((result3) => handleDefaultResult(result3, def));
    }
    return handleDefaultResult(result2, def);
  };
});
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
var $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => {
    const v = zod.def.innerType._zod.values;
    return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    const result2 = def.innerType._zod.run(payload, ctx);
    if (result2 instanceof Promise) {
      return result2.then((result3) => handleNonOptionalResult(result3, inst));
    }
    return handleNonOptionalResult(result2, inst);
  };
});
function handleNonOptionalResult(payload, inst) {
  if (!payload.issues.length && payload.value === void 0) {
    payload.issues.push({
      code: "invalid_type",
      expected: "nonoptional",
      input: payload.value,
      inst
    });
  }
  return payload;
}
function handleCatchResult(payload, result2, def, ctx) {
  if (!result2.issues.length) {
    payload.value = result2.value;
    if (result2.memo)
      payload.memo = true;
    return payload;
  }
  payload.value = def.catchValue({
    ...result2,
    value: payload.value,
    error: {
      issues: result2.issues.map((iss) => finalizeIssue(iss, ctx, config()))
    },
    input: payload.value
  });
  return payload;
}
var $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result2 = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
    if (result2 instanceof Promise) {
      return result2.then((result3) => handleCatchResult(payload, result3, def, ctx));
    }
    return handleCatchResult(payload, result2, def, ctx);
  };
});
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def.in, ctx));
      }
      return handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def.out, ctx));
    }
    return handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result2 = def.innerType._zod.run(payload, ctx);
    if (result2 instanceof Promise) {
      return result2.then(handleReadonlyResult);
    }
    return handleReadonlyResult(result2);
  };
});
function handleReadonlyResult(payload) {
  if (!payload.memo)
    payload.value = Object.freeze(payload.value);
  return payload;
}
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input = payload.value;
    const r = def.fn(input);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input, inst));
    }
    handleRefineResult(r, payload, input, inst);
    return;
  };
});
function handleRefineResult(result2, payload, input, inst) {
  if (!result2) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// node_modules/zod/v4/core/memoizer.js
var $ZodCyclicError = class extends Error {
  constructor() {
    super(`Cannot parse a reference cycle that closes through a transform`);
    this.name = "ZodCyclicError";
  }
};
var STATE = "~memo";
var NO_ISSUES = [];
function isRef(value) {
  return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
  return issues.map((iss) => iss.path ? { ...iss, path: iss.path.slice() } : { ...iss });
}
var recursive = /* @__PURE__ */ new WeakMap();
var NONE = 0;
var ASSUMED = 1;
var PROVEN = 2;
function isRecursive(inst, stack, resolve) {
  const cached3 = recursive.get(inst);
  if (cached3 !== void 0)
    return cached3 ? PROVEN : NONE;
  if (stack.has(inst))
    return PROVEN;
  stack.add(inst);
  let result2 = NONE;
  const check = (child) => {
    if (result2 !== PROVEN && child?._zod) {
      const answer = isRecursive(child, stack, resolve);
      if (answer > result2)
        result2 = answer;
    }
  };
  const shape = (sh, spread) => {
    let answer = NONE;
    for (const key of Reflect.ownKeys(sh)) {
      const desc = Object.getOwnPropertyDescriptor(sh, key);
      if (spread && !desc.enumerable)
        continue;
      const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
      if (child > answer)
        answer = child;
    }
    return answer;
  };
  const merge3 = (answer) => {
    if (answer > result2)
      result2 = answer;
  };
  const def = inst._zod.def;
  const kind = def.type;
  switch (kind) {
    case "object": {
      const raw = rawShape(def);
      merge3(raw ? shape(raw, true) : ASSUMED);
      check(def.catchall);
      break;
    }
    case "array":
      check(def.element);
      break;
    case "tuple":
      for (const el of def.items)
        check(el);
      check(def.rest);
      break;
    case "record":
    case "map":
      check(def.keyType);
      check(def.valueType);
      break;
    case "set":
      check(def.valueType);
      break;
    case "union":
      for (const el of def.options)
        check(el);
      break;
    case "intersection":
      check(def.left);
      check(def.right);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
    case "promise":
    case "success":
      check(def.innerType);
      break;
    case "pipe":
      check(def.in);
      check(def.out);
      break;
    case "function":
      check(def.input);
      check(def.output);
      break;
    // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
    case "lazy": {
      const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : void 0);
      merge3(inner ? isRecursive(inner, stack, false) : ASSUMED);
      break;
    }
    // a leaf by choice: `parts` are regex fragments, not data positions
    case "template_literal":
    // leaves
    case "string":
    case "number":
    case "int":
    case "boolean":
    case "bigint":
    case "symbol":
    case "undefined":
    case "null":
    case "void":
    case "never":
    case "any":
    case "unknown":
    case "date":
    case "nan":
    case "enum":
    case "literal":
    case "file":
    case "transform":
    case "custom":
      break;
    default: {
      kind;
      for (const key in def) {
        const desc = Object.getOwnPropertyDescriptor(def, key);
        if (!desc || desc.get)
          continue;
        const value = desc.value;
        if (!value || typeof value !== "object")
          continue;
        if (value._zod)
          check(value);
        else if (Array.isArray(value))
          for (const el of value)
            check(el);
      }
    }
  }
  stack.delete(inst);
  return settle(inst, result2);
}
function settle(inst, answer) {
  if (answer !== ASSUMED)
    recursive.set(inst, answer === PROVEN);
  return answer;
}
function bucketFor(state, inst) {
  let bucket = state.buckets.get(inst);
  if (!bucket) {
    bucket = /* @__PURE__ */ new WeakMap();
    state.buckets.set(inst, bucket);
  }
  return bucket;
}
var handoff;
var open = [];
var memo = {
  alloc(_inst, payload, empty) {
    const bucket = handoff;
    if (!bucket)
      return empty;
    handoff = void 0;
    const entry = { value: empty, issues: null };
    bucket.set(payload.value, entry);
    open.push(entry);
    return empty;
  },
  guard(inst) {
    var _a3;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
          throw new $ZodCyclicError();
        return base(payload, ctx);
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  },
  attach(inst) {
    var _a3;
    let isRecursiveInst;
    let rechecked = false;
    let lastCtx;
    let lastBucket;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (isRecursiveInst === void 0) {
          const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
          if (walked === NONE) {
            inst._zod.parse = base;
            if (inst._zod.run === wrapped)
              inst._zod.run = base;
            return base(payload, ctx);
          }
          if (walked === PROVEN || rechecked)
            isRecursiveInst = true;
          else
            rechecked = true;
        }
        const input = payload.value;
        if (!isRef(input))
          return base(payload, ctx);
        let state = ctx[STATE];
        if (!state) {
          state = { buckets: /* @__PURE__ */ new WeakMap(), backEdges: void 0 };
          ctx[STATE] = state;
        }
        let bucket;
        if (lastCtx === ctx) {
          bucket = lastBucket;
        } else {
          bucket = bucketFor(state, inst);
          lastCtx = ctx;
          lastBucket = bucket;
        }
        const hit = bucket.get(input);
        if (hit) {
          payload.value = hit.value;
          if (hit.issues) {
            if (hit.issues.length)
              payload.issues.push(...cloneIssues(hit.issues));
          } else {
            payload.memo = true;
            state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
            state.backEdges.add(hit.value);
          }
          return payload;
        }
        handoff = bucket;
        const depth = open.length;
        const result2 = base(payload, ctx);
        handoff = void 0;
        const entry = open.length > depth ? open.pop() : void 0;
        if (result2 instanceof Promise) {
          return result2.then((r) => {
            if (entry)
              entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
            return r;
          });
        }
        if (entry)
          entry.issues = result2.issues.length ? cloneIssues(result2.issues) : NO_ISSUES;
        return result2;
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  }
};
function memoizer() {
  return memo;
}
function isBackEdge(ctx, value) {
  const backEdges = ctx[STATE]?.backEdges;
  return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}

// node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type2, input) {
    if (type2 === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type2] ?? type2;
  }
  return (issue2) => {
    switch (issue2.code) {
      case "invalid_type": {
        const expected = getTypeName(issue2.expected);
        const receivedType = parsedType(issue2.input);
        const received = getTypeName(receivedType, issue2.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue2.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
      case "too_big": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
        const sizing = getSizing(issue2.origin);
        if (sizing)
          return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
        const sizing = getSizing(issue2.origin);
        if (sizing) {
          return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue2;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue2.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue2.origin}`;
      case "invalid_union":
        if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
          const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue2.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue2.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}

// node_modules/zod/v4/core/registries.js
var _a2;
var $ZodRegistry = class {
  constructor() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
  }
  add(schema2, ..._meta) {
    const meta2 = _meta[0];
    this._map.set(schema2, meta2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.set(meta2.id, schema2);
    }
    return this;
  }
  clear() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
    return this;
  }
  remove(schema2) {
    const meta2 = this._map.get(schema2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.delete(meta2.id);
    }
    this._map.delete(schema2);
    return this;
  }
  get(schema2) {
    const p = schema2._zod.parent;
    if (p) {
      const pm = { ...this.get(p) ?? {} };
      delete pm.id;
      const f = { ...pm, ...this._map.get(schema2) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema2);
  }
  has(schema2) {
    return this._map.has(schema2);
  }
};
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class2, params) {
  return new Class2(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class2, params) {
  return new Class2({
    type: "string",
    format: "email",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class2, params) {
  return new Class2({
    type: "string",
    format: "guid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v4",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v6",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v7",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _url(Class2, params) {
  return new Class2({
    type: "string",
    format: "url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _emoji2(Class2, params) {
  return new Class2({
    type: "string",
    format: "emoji",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class2, params) {
  return new Class2({
    type: "string",
    format: "nanoid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid2",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ulid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class2, params) {
  return new Class2({
    type: "string",
    format: "xid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ksuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class2, params) {
  return new Class2({
    type: "string",
    format: "e164",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class2, params) {
  return new Class2({
    type: "string",
    format: "jwt",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "datetime",
    check: "string_format",
    offset: false,
    local: false,
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class2, params) {
  return new Class2({
    type: "string",
    format: "date",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "time",
    check: "string_format",
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class2, params) {
  return new Class2({
    type: "string",
    format: "duration",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _int(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class2, params) {
  return new Class2({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class2) {
  return new Class2({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class2, params) {
  return new Class2({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
  return new $ZodCheckMultipleOf({
    check: "multiple_of",
    ...normalizeParams(params),
    value
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
  return new $ZodCheckLengthEquals({
    check: "length_equals",
    ...normalizeParams(params),
    length
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
  return new $ZodCheckLowerCase({
    check: "string_format",
    format: "lowercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
  return new $ZodCheckUpperCase({
    check: "string_format",
    format: "uppercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
  return new $ZodCheckIncludes({
    check: "string_format",
    format: "includes",
    ...normalizeParams(params),
    includes
  });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix2, params) {
  return new $ZodCheckStartsWith({
    check: "string_format",
    format: "starts_with",
    ...normalizeParams(params),
    prefix: prefix2
  });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
  return new $ZodCheckEndsWith({
    check: "string_format",
    format: "ends_with",
    ...normalizeParams(params),
    suffix
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
  return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
  return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class2, element, params) {
  return new Class2({
    type: "array",
    element,
    // get element() {
    //   return element;
    // },
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class2, fn, _params) {
  const schema2 = new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema2;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(issue(issue2, payload.value, ch._zod.def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}

// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
  for (const source of sources) {
    for (const key of Reflect.ownKeys(source)) {
      if (Object.prototype.propertyIsEnumerable.call(source, key)) {
        assignProp(target, key, source[key]);
      }
    }
  }
  return target;
}
function initializeContext(params) {
  let target = params?.target ?? "draft-2020-12";
  if (target === "draft-4")
    target = "draft-04";
  if (target === "draft-7")
    target = "draft-07";
  return {
    processors: params.processors ?? {},
    metadataRegistry: params?.metadata ?? globalRegistry,
    target,
    unrepresentable: params?.unrepresentable ?? "throw",
    override: params?.override ?? (() => {
    }),
    io: params?.io ?? "output",
    counter: 0,
    seen: /* @__PURE__ */ new Map(),
    sharedDefsExtractedFor: void 0,
    sharedEmitDoneFor: void 0,
    cycles: params?.cycles ?? "ref",
    reused: params?.reused ?? "inline",
    intersections: [],
    deferred: [],
    external: params?.external ?? void 0
  };
}
function handleUnrepresentable(schema2, ctx, json3, params, message) {
  const result2 = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({ zodSchema: schema2, path: params.path, message }) : ctx.unrepresentable;
  if (result2 === "any")
    return false;
  if (result2 === void 0 || result2 === "throw")
    throw new Error(message);
  Object.assign(json3, result2);
  return true;
}
function processSchema(schema2, ctx, _params = { path: [], schemaPath: [] }) {
  var _a3;
  const def = schema2._zod.def;
  const seen = ctx.seen.get(schema2);
  if (seen) {
    seen.count++;
    const isCycle = _params.schemaPath.includes(schema2);
    if (isCycle) {
      seen.cycle = _params.path;
    }
    return seen.schema;
  }
  const result2 = { schema: {}, count: 1, cycle: void 0, path: _params.path };
  ctx.seen.set(schema2, result2);
  ctx.sharedDefsExtractedFor = void 0;
  ctx.sharedEmitDoneFor = void 0;
  const overrideSchema2 = schema2._zod.toJSONSchema?.();
  if (overrideSchema2) {
    result2.schema = overrideSchema2;
  } else {
    const params = {
      ..._params,
      schemaPath: [..._params.schemaPath, schema2],
      path: _params.path
    };
    if (schema2._zod.processJSONSchema) {
      schema2._zod.processJSONSchema(ctx, result2.schema, params);
    } else {
      const _json = result2.schema;
      const processor = ctx.processors[def.type];
      if (!processor) {
        throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
      }
      processor(schema2, ctx, _json, params);
    }
    const parent = schema2._zod.parent;
    if (parent) {
      if (!result2.ref)
        result2.ref = parent;
      processSchema(parent, ctx, params);
      ctx.seen.get(parent).isParent = true;
    }
  }
  const meta2 = ctx.metadataRegistry.get(schema2);
  if (meta2)
    assignProps(result2.schema, meta2);
  if (ctx.io === "input" && isTransforming(schema2)) {
    delete result2.schema.examples;
    delete result2.schema.default;
  }
  if (ctx.io === "input" && "_prefault" in result2.schema)
    (_a3 = result2.schema).default ?? (_a3.default = result2.schema._prefault);
  delete result2.schema._prefault;
  const _result = ctx.seen.get(schema2);
  return _result.schema;
}
function encodeJSONPointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema2) {
  const root = ctx.seen.get(schema2);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
    return;
  const idToSchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.entries()) {
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      const existing = idToSchema.get(id);
      if (existing && existing !== entry[0]) {
        throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
      }
      idToSchema.set(id, entry[0]);
    }
  }
  const makeURI = (entry) => {
    const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
    if (ctx.external) {
      const externalId = ctx.external.registry.get(entry[0])?.id;
      const uriGenerator = ctx.external.uri ?? ((id2) => id2);
      if (externalId) {
        return { ref: uriGenerator(externalId) };
      }
      const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
      entry[1].defId = id;
      return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
    }
    const uriPrefix = `#`;
    const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
    if (entry[1] === root && !entry[1].schema.id) {
      return { ref: uriPrefix };
    }
    const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
    return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
  };
  const extractToDef = (entry) => {
    if (entry[1].schema.$ref) {
      return;
    }
    const seen = entry[1];
    const { ref, defId } = makeURI(entry);
    seen.def = { ...seen.schema };
    if (defId)
      seen.defId = defId;
    const schema3 = seen.schema;
    for (const key in schema3) {
      delete schema3[key];
    }
    schema3.$ref = ref;
  };
  if (ctx.cycles === "throw") {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.cycle) {
        throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
      }
    }
  }
  for (const entry of ctx.seen.entries()) {
    const seen = entry[1];
    if (schema2 === entry[0]) {
      extractToDef(entry);
      continue;
    }
    if (ctx.external) {
      const ext2 = ctx.external.registry.get(entry[0])?.id;
      if (schema2 !== entry[0] && ext2) {
        extractToDef(entry);
        continue;
      }
    }
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      extractToDef(entry);
      continue;
    }
    if (seen.cycle) {
      extractToDef(entry);
      continue;
    }
    if (seen.count > 1) {
      if (ctx.reused === "ref") {
        extractToDef(entry);
      }
    }
  }
  if (ctx.external)
    ctx.sharedDefsExtractedFor = ctx.external;
}
function compactTypeUnion(schema2) {
  const options5 = schema2.anyOf;
  if (!Array.isArray(options5) || options5.length === 0 || schema2.type !== void 0)
    return;
  const types3 = [];
  for (const option of options5) {
    if (!option || typeof option !== "object")
      return;
    compactTypeUnion(option);
    const keys = Object.keys(option);
    if (keys.length !== 1 || keys[0] !== "type")
      return;
    const type2 = option.type;
    for (const member of Array.isArray(type2) ? type2 : [type2]) {
      if (typeof member !== "string")
        return;
      if (!types3.includes(member))
        types3.push(member);
    }
  }
  delete schema2.anyOf;
  schema2.type = types3.length === 1 ? types3[0] : types3;
}
var FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]);
var UNION_KEYS = ["oneOf", "anyOf"];
function undeclaredConstraint(member) {
  const extra = member.additionalProperties;
  if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null)
    return null;
  return Object.keys(extra).length ? extra : null;
}
function foldObjects(members2) {
  const objects = [];
  for (const member of members2) {
    if (typeof member !== "object" || member.type !== "object")
      return null;
    for (const key in member) {
      if (!FOLDABLE_KEYS.has(key))
        return null;
    }
    objects.push(member);
  }
  const properties = {};
  const required2 = /* @__PURE__ */ new Set();
  for (const object of objects) {
    for (const key in object.properties) {
      if (Object.prototype.hasOwnProperty.call(properties, key))
        continue;
      const parts = [];
      for (const other of objects) {
        const part = other.properties?.[key] ?? undeclaredConstraint(other);
        if (part === null || part === void 0)
          continue;
        if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
          parts.push(part);
      }
      const merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
      assignProp(properties, key, merged);
    }
    for (const key of object.required ?? [])
      required2.add(key);
  }
  const folded = { type: "object", properties };
  if (required2.size)
    folded.required = [...required2];
  if (objects.every((object) => object.additionalProperties === false)) {
    folded.additionalProperties = false;
  } else {
    const constraints = [];
    for (const object of objects) {
      const constraint = undeclaredConstraint(object);
      if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
        constraints.push(constraint);
    }
    if (constraints.length === 1)
      folded.additionalProperties = constraints[0];
    else if (constraints.length > 1)
      folded.additionalProperties = { allOf: constraints };
  }
  return folded;
}
function foldIntersection(json3) {
  const allOf = json3.allOf;
  if (!Array.isArray(allOf) || allOf.length < 2)
    return;
  for (const key of FOLDABLE_KEYS)
    if (key in json3)
      return;
  const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
  let folded = null;
  if (!unions.length) {
    folded = foldObjects(allOf);
  } else {
    const union2 = unions[0];
    const keyword = UNION_KEYS.find((k) => Array.isArray(union2[k]));
    if (Object.keys(union2).length !== 1)
      return;
    const rest = allOf.filter((m) => m !== union2);
    const branches = union2[keyword].map((branch) => foldObjects([...rest, branch]));
    if (branches.some((b) => !b))
      return;
    folded = { [keyword]: branches };
  }
  if (!folded)
    return;
  delete json3.allOf;
  assignProps(json3, folded);
}
function finalize(ctx, schema2) {
  const root = ctx.seen.get(schema2);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  const flattenRef = (zodSchema) => {
    const seen = ctx.seen.get(zodSchema);
    if (seen.ref === null)
      return;
    const schema3 = seen.def ?? seen.schema;
    const _cached = { ...schema3 };
    const ref = seen.ref;
    seen.ref = null;
    if (ref) {
      flattenRef(ref);
      const refSeen = ctx.seen.get(ref);
      const refSchema = refSeen.schema;
      if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
        schema3.allOf = schema3.allOf ?? [];
        schema3.allOf.push(refSchema);
      } else {
        assignProps(schema3, refSchema);
      }
      assignProps(schema3, _cached);
      const isParentRef = zodSchema._zod.parent === ref;
      if (isParentRef) {
        for (const key in schema3) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (!(key in _cached)) {
            delete schema3[key];
          }
        }
      }
      if (refSchema.$ref && refSeen.def) {
        for (const key in schema3) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (key in refSeen.def && JSON.stringify(schema3[key]) === JSON.stringify(refSeen.def[key])) {
            delete schema3[key];
          }
        }
      }
    }
    const parent = zodSchema._zod.parent;
    if (parent && parent !== ref) {
      flattenRef(parent);
      const parentSeen = ctx.seen.get(parent);
      if (parentSeen?.schema.$ref) {
        schema3.$ref = parentSeen.schema.$ref;
        if (parentSeen.def) {
          for (const key in schema3) {
            if (key === "$ref" || key === "allOf")
              continue;
            if (key in parentSeen.def && JSON.stringify(schema3[key]) === JSON.stringify(parentSeen.def[key])) {
              delete schema3[key];
            }
          }
        }
      }
    }
    ctx.override({
      zodSchema,
      jsonSchema: schema3,
      path: seen.path ?? []
    });
  };
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of [...ctx.seen.entries()].reverse()) {
      flattenRef(entry[0]);
    }
    if (ctx.target !== "openapi-3.0") {
      for (const entry of ctx.seen.entries()) {
        compactTypeUnion(entry[1].def ?? entry[1].schema);
      }
    }
    for (const rewrite of ctx.deferred)
      rewrite();
    if (ctx.intersections.length) {
      const carriers = /* @__PURE__ */ new Map();
      for (const seen of ctx.seen.values()) {
        for (const json3 of [seen.schema, seen.def]) {
          const allOf = json3?.allOf;
          if (!Array.isArray(allOf))
            continue;
          const existing = carriers.get(allOf);
          if (existing)
            existing.push(json3);
          else
            carriers.set(allOf, [json3]);
        }
      }
      for (const allOf of ctx.intersections) {
        for (const json3 of carriers.get(allOf) ?? [])
          foldIntersection(json3);
      }
    }
  }
  const result2 = {};
  if (ctx.target === "draft-2020-12") {
    result2.$schema = "https://json-schema.org/draft/2020-12/schema";
  } else if (ctx.target === "draft-07") {
    result2.$schema = "http://json-schema.org/draft-07/schema#";
  } else if (ctx.target === "draft-04") {
    result2.$schema = "http://json-schema.org/draft-04/schema#";
  } else if (ctx.target === "openapi-3.0") {
  } else {
  }
  if (ctx.external?.uri) {
    const id = ctx.external.registry.get(schema2)?.id;
    if (!id)
      throw new Error("Schema is missing an `id` property");
    result2.$id = ctx.external.uri(id);
  }
  assignProps(result2, root.defId ? root.schema : root.def ?? root.schema);
  const rootMetaId = ctx.metadataRegistry.get(schema2)?.id;
  if (rootMetaId !== void 0 && result2.id === rootMetaId)
    delete result2.id;
  const defs = ctx.external?.defs ?? {};
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.def && seen.defId) {
        if (seen.def.id === seen.defId)
          delete seen.def.id;
        assignProp(defs, seen.defId, seen.def);
      }
    }
  }
  if (ctx.external)
    ctx.sharedEmitDoneFor = ctx.external;
  if (ctx.external) {
  } else {
    if (Object.keys(defs).length > 0) {
      if (ctx.target === "draft-2020-12") {
        result2.$defs = defs;
      } else {
        result2.definitions = defs;
      }
    }
  }
  try {
    const finalized = JSON.parse(JSON.stringify(result2));
    Object.defineProperty(finalized, "~standard", {
      value: {
        ...schema2["~standard"],
        jsonSchema: {
          input: createStandardJSONSchemaMethod(schema2, "input", ctx.processors),
          output: createStandardJSONSchemaMethod(schema2, "output", ctx.processors)
        }
      },
      enumerable: false,
      writable: false
    });
    return finalized;
  } catch (_err) {
    throw new Error("Error converting schema to JSON.");
  }
}
function isTransforming(_schema, _ctx) {
  const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
  if (ctx.seen.has(_schema))
    return false;
  ctx.seen.add(_schema);
  const def = _schema._zod.def;
  if (def.type === "transform")
    return true;
  if (def.type === "array")
    return isTransforming(def.element, ctx);
  if (def.type === "set")
    return isTransforming(def.valueType, ctx);
  if (def.type === "lazy")
    return isTransforming(def.getter(), ctx);
  if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") {
    return isTransforming(def.innerType, ctx);
  }
  if (def.type === "intersection") {
    return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
  }
  if (def.type === "record" || def.type === "map") {
    return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
  }
  if (def.type === "pipe") {
    if (_schema._zod.traits.has("$ZodCodec"))
      return true;
    return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
  }
  if (def.type === "object") {
    for (const key in def.shape) {
      if (isTransforming(def.shape[key], ctx))
        return true;
    }
    return false;
  }
  if (def.type === "union") {
    for (const option of def.options) {
      if (isTransforming(option, ctx))
        return true;
    }
    return false;
  }
  if (def.type === "tuple") {
    for (const item of def.items) {
      if (isTransforming(item, ctx))
        return true;
    }
    if (def.rest && isTransforming(def.rest, ctx))
      return true;
    return false;
  }
  return false;
}
var createToJSONSchemaMethod = (schema2, processors = {}) => (params) => {
  const ctx = initializeContext({ ...params, processors });
  processSchema(schema2, ctx);
  extractDefs(ctx, schema2);
  return finalize(ctx, schema2);
};
var createStandardJSONSchemaMethod = (schema2, io, processors = {}) => (params) => {
  const { libraryOptions, target } = params ?? {};
  const ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
  processSchema(schema2, ctx);
  extractDefs(ctx, schema2);
  return finalize(ctx, schema2);
};

// node_modules/zod/v4/core/json-schema-processors.js
var narrowMin = (agg, key, value) => {
  if (agg[key] === void 0 || value > agg[key])
    agg[key] = value;
};
var narrowMax = (agg, key, value) => {
  if (agg[key] === void 0 || value < agg[key])
    agg[key] = value;
};
var narrowBoth = (agg, value) => {
  narrowMin(agg, "minimum", value);
  narrowMax(agg, "maximum", value);
};
var addDivisor = (agg, value) => {
  agg.multipleOf ?? (agg.multipleOf = []);
  if (!agg.multipleOf.includes(value))
    agg.multipleOf.push(value);
};
var addPattern = (agg, pattern) => {
  agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
  agg.patterns.add(pattern);
};
var intersectMime = (agg, mime) => {
  agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
var setFormat = (agg, format) => {
  agg.format = format;
  if (format.includes("int"))
    agg.isInt = true;
};
var minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
var maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
var formatContributor = (ranges) => (agg, def) => {
  setFormat(agg, def.format);
  const [minimum, maximum] = ranges[def.format];
  narrowMin(agg, "minimum", minimum);
  narrowMax(agg, "maximum", maximum);
};
var contributors = {
  greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
  less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
  multiple_of: (agg, def) => addDivisor(agg, def.value),
  number_format: formatContributor(NUMBER_FORMAT_RANGES),
  bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
  min_length: minContributor,
  max_length: maxContributor,
  length_equals: (agg, def) => narrowBoth(agg, def.length),
  min_size: minContributor,
  max_size: maxContributor,
  size_equals: (agg, def) => narrowBoth(agg, def.size),
  string_format: (agg, def) => {
    setFormat(agg, def.format);
    if (def.pattern)
      addPattern(agg, def.pattern);
    if (def.format === "base64" || def.format === "base64url")
      agg.contentEncoding = def.format;
    if (def.local || def.precision === -1)
      agg.laxFormat = true;
  },
  mime_type: (agg, def) => intersectMime(agg, def.mime)
};
function aggregateChecks(schema2) {
  const agg = {};
  const def = schema2._zod.def;
  const list = schema2._zod.traits.has("$ZodCheck") ? [schema2, ...def.checks ?? []] : def.checks ?? [];
  for (const ch of list)
    contributors[ch._zod.def.check]?.(agg, ch._zod.def);
  const bag = schema2._zod.bag;
  if (bag.minimum !== void 0)
    narrowMin(agg, "minimum", bag.minimum);
  if (bag.exclusiveMinimum !== void 0)
    narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
  if (bag.maximum !== void 0)
    narrowMax(agg, "maximum", bag.maximum);
  if (bag.exclusiveMaximum !== void 0)
    narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
  if (bag.multipleOf !== void 0)
    addDivisor(agg, bag.multipleOf);
  if (bag.format !== void 0) {
    agg.format ?? (agg.format = bag.format);
    if (bag.format.includes("int"))
      agg.isInt = true;
  }
  if (bag.mime)
    intersectMime(agg, bag.mime);
  for (const pattern of bag.patterns ?? [])
    addPattern(agg, pattern);
  return agg;
}
var formatMap = {
  guid: "uuid",
  url: "uri",
  datetime: "date-time",
  json_string: "json-string",
  regex: ""
  // do not set
};
var exactPatterns = /* @__PURE__ */ new Map([
  [base64Charset, base64],
  [base64urlCharset, base64url]
]);
var exactPattern = (p) => exactPatterns.get(p) ?? p;
var stringProcessor = (schema2, ctx, _json, _params) => {
  const json3 = _json;
  json3.type = "string";
  const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema2);
  if (typeof minimum === "number")
    json3.minLength = minimum;
  if (typeof maximum === "number")
    json3.maxLength = maximum;
  if (format) {
    json3.format = formatMap[format] ?? format;
    if (json3.format === "")
      delete json3.format;
    if (format === "time" || laxFormat) {
      delete json3.format;
    }
  }
  if (contentEncoding)
    json3.contentEncoding = contentEncoding;
  if (patterns && patterns.size > 0) {
    const patternList = [...patterns].map(exactPattern);
    if (patternList.length === 1)
      json3.pattern = patternList[0].source;
    else if (patternList.length > 1) {
      json3.allOf = [
        ...patternList.map((regex) => ({
          ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
          pattern: regex.source
        }))
      ];
    }
  }
};
var numberProcessor = (schema2, ctx, _json, params) => {
  const json3 = _json;
  const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema2);
  json3.type = isInt ? "integer" : "number";
  const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
  const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
  const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
  if (exMin) {
    if (legacy) {
      json3.minimum = exclusiveMinimum;
      json3.exclusiveMinimum = true;
    } else {
      json3.exclusiveMinimum = exclusiveMinimum;
    }
  } else if (typeof minimum === "number") {
    json3.minimum = minimum;
  }
  if (exMax) {
    if (legacy) {
      json3.maximum = exclusiveMaximum;
      json3.exclusiveMaximum = true;
    } else {
      json3.exclusiveMaximum = exclusiveMaximum;
    }
  } else if (typeof maximum === "number") {
    json3.maximum = maximum;
  }
  if (multipleOf) {
    const divisors = /* @__PURE__ */ new Set();
    for (const divisor of multipleOf) {
      if (Number.isFinite(divisor) && divisor !== 0)
        divisors.add(Math.abs(divisor));
      else
        handleUnrepresentable(schema2, ctx, json3, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
    }
    const [first, ...rest] = divisors;
    if (first !== void 0)
      json3.multipleOf = first;
    if (rest.length)
      json3.allOf = [...json3.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
  }
};
var booleanProcessor = (_schema, _ctx, json3, _params) => {
  json3.type = "boolean";
};
var bigintProcessor = (schema2, ctx, json3, params) => {
  handleUnrepresentable(schema2, ctx, json3, params, "BigInt cannot be represented in JSON Schema");
};
var symbolProcessor = (schema2, ctx, json3, params) => {
  handleUnrepresentable(schema2, ctx, json3, params, "Symbols cannot be represented in JSON Schema");
};
var nullProcessor = (_schema, ctx, json3, _params) => {
  if (ctx.target === "openapi-3.0") {
    json3.type = "string";
    json3.nullable = true;
    json3.enum = [null];
  } else {
    json3.type = "null";
  }
};
var undefinedProcessor = (schema2, ctx, json3, params) => {
  handleUnrepresentable(schema2, ctx, json3, params, "Undefined cannot be represented in JSON Schema");
};
var voidProcessor = (schema2, ctx, json3, params) => {
  handleUnrepresentable(schema2, ctx, json3, params, "Void cannot be represented in JSON Schema");
};
var neverProcessor = (_schema, _ctx, json3, _params) => {
  json3.not = {};
};
var anyProcessor = (_schema, _ctx, _json, _params) => {
};
var unknownProcessor = (_schema, _ctx, _json, _params) => {
};
var dateProcessor = (schema2, ctx, json3, params) => {
  handleUnrepresentable(schema2, ctx, json3, params, "Date cannot be represented in JSON Schema");
};
var enumProcessor = (schema2, _ctx, json3, _params) => {
  const def = schema2._zod.def;
  const values = getEnumValues(def.entries);
  if (values.length === 0) {
    json3.not = {};
    return;
  }
  if (values.every((v) => typeof v === "number"))
    json3.type = "number";
  if (values.every((v) => typeof v === "string"))
    json3.type = "string";
  json3.enum = values;
};
var literalProcessor = (schema2, ctx, json3, params) => {
  const def = schema2._zod.def;
  if (def.values.length === 0) {
    json3.not = {};
    return;
  }
  const vals = [];
  for (const val of def.values) {
    if (val === void 0) {
      if (handleUnrepresentable(schema2, ctx, json3, params, "Literal `undefined` cannot be represented in JSON Schema"))
        return;
    } else if (typeof val === "bigint") {
      if (handleUnrepresentable(schema2, ctx, json3, params, "BigInt literals cannot be represented in JSON Schema"))
        return;
      vals.push(Number(val));
    } else {
      vals.push(val);
    }
  }
  if (vals.length === 0) {
  } else if (vals.length === 1) {
    const val = vals[0];
    json3.type = val === null ? "null" : typeof val;
    if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
      json3.enum = [val];
    } else {
      json3.const = val;
    }
  } else {
    if (vals.every((v) => typeof v === "number"))
      json3.type = "number";
    if (vals.every((v) => typeof v === "string"))
      json3.type = "string";
    if (vals.every((v) => typeof v === "boolean"))
      json3.type = "boolean";
    if (vals.every((v) => v === null))
      json3.type = "null";
    json3.enum = vals;
  }
};
var nanProcessor = (schema2, ctx, json3, params) => {
  handleUnrepresentable(schema2, ctx, json3, params, "NaN cannot be represented in JSON Schema");
};
var templateLiteralProcessor = (schema2, _ctx, json3, _params) => {
  const _json = json3;
  const pattern = schema2._zod.pattern;
  if (!pattern)
    throw new Error("Pattern not found in template literal");
  _json.type = "string";
  _json.pattern = pattern.source;
};
var fileProcessor = (schema2, _ctx, json3, _params) => {
  const _json = json3;
  _json.type = "string";
  _json.format = "binary";
  _json.contentEncoding = "binary";
  const { minimum, maximum, mime } = aggregateChecks(schema2);
  if (minimum !== void 0)
    _json.minLength = minimum;
  if (maximum !== void 0)
    _json.maxLength = maximum;
  if (!mime)
    return;
  if (mime.length === 0)
    _json.not = {};
  else if (mime.length === 1)
    _json.contentMediaType = mime[0];
  else
    _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
var successProcessor = (_schema, _ctx, json3, _params) => {
  json3.type = "boolean";
};
var customProcessor = (schema2, ctx, json3, params) => {
  handleUnrepresentable(schema2, ctx, json3, params, "Custom types cannot be represented in JSON Schema");
};
var functionProcessor = (schema2, ctx, json3, params) => {
  handleUnrepresentable(schema2, ctx, json3, params, "Function types cannot be represented in JSON Schema");
};
var transformProcessor = (schema2, ctx, json3, params) => {
  handleUnrepresentable(schema2, ctx, json3, params, "Transforms cannot be represented in JSON Schema");
};
var mapProcessor = (schema2, ctx, json3, params) => {
  handleUnrepresentable(schema2, ctx, json3, params, "Map cannot be represented in JSON Schema");
};
var setProcessor = (schema2, ctx, json3, params) => {
  handleUnrepresentable(schema2, ctx, json3, params, "Set cannot be represented in JSON Schema");
};
var arrayProcessor = (schema2, ctx, _json, params) => {
  const json3 = _json;
  const def = schema2._zod.def;
  const { minimum, maximum } = aggregateChecks(schema2);
  if (typeof minimum === "number")
    json3.minItems = minimum;
  if (typeof maximum === "number")
    json3.maxItems = maximum;
  json3.type = "array";
  json3.items = processSchema(def.element, ctx, {
    ...params,
    path: [...params.path, "items"]
  });
};
function inputOptin(schema2) {
  const def = schema2._zod.def;
  if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
    return inputOptin(def.out);
  }
  if (def.type === "catch") {
    return inputOptin(def.innerType);
  }
  return schema2._zod.optin;
}
var objectProcessor = (schema2, ctx, _json, params) => {
  const json3 = _json;
  const def = schema2._zod.def;
  const shape = def.shape;
  const symbolKeys = Object.getOwnPropertySymbols(shape);
  if (symbolKeys.length && handleUnrepresentable(schema2, ctx, json3, params, "Symbol keys cannot be represented in JSON Schema")) {
    return;
  }
  json3.type = "object";
  json3.properties = {};
  for (const key in shape) {
    assignProp(json3.properties, key, processSchema(shape[key], ctx, {
      ...params,
      path: [...params.path, "properties", key]
    }));
  }
  const requiredKeys = [];
  for (const key of Object.keys(shape)) {
    const field = def.shape[key];
    if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) {
      requiredKeys.push(key);
    }
  }
  if (requiredKeys.length > 0) {
    json3.required = requiredKeys;
  }
  if (def.catchall?._zod.def.type === "never") {
    json3.additionalProperties = false;
  } else if (!def.catchall) {
    if (ctx.io === "output")
      json3.additionalProperties = false;
  } else if (def.catchall) {
    json3.additionalProperties = processSchema(def.catchall, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
};
var unionProcessor = (schema2, ctx, json3, params) => {
  const def = schema2._zod.def;
  const isExclusive = def.inclusive === false;
  const options5 = def.options.map((x, i) => processSchema(x, ctx, {
    ...params,
    path: [...params.path, isExclusive ? "oneOf" : "anyOf", i]
  }));
  if (isExclusive) {
    json3.oneOf = options5;
  } else {
    json3.anyOf = options5;
  }
};
var intersectionProcessor = (schema2, ctx, json3, params) => {
  const def = schema2._zod.def;
  const a = processSchema(def.left, ctx, {
    ...params,
    path: [...params.path, "allOf", 0]
  });
  const b = processSchema(def.right, ctx, {
    ...params,
    path: [...params.path, "allOf", 1]
  });
  const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
  const allOf = [
    ...isSimpleIntersection(a) ? a.allOf : [a],
    ...isSimpleIntersection(b) ? b.allOf : [b]
  ];
  json3.allOf = allOf;
  ctx.intersections.push(allOf);
};
var tupleProcessor = (schema2, ctx, _json, params) => {
  const json3 = _json;
  const def = schema2._zod.def;
  json3.type = "array";
  const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
  const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
  const prefixItems = def.items.map((x, i) => processSchema(x, ctx, {
    ...params,
    path: [...params.path, prefixPath, i]
  }));
  const rest = def.rest ? processSchema(def.rest, ctx, {
    ...params,
    path: [...params.path, restPath, ...ctx.target === "openapi-3.0" ? [def.items.length] : []]
  }) : null;
  let minItems = def.items.length;
  while (minItems > 0) {
    const item = def.items[minItems - 1];
    const optional2 = ctx.io === "input" ? inputOptin(item) !== void 0 : item._zod.optout === "optional";
    if (!optional2)
      break;
    minItems--;
  }
  const maxItems = def.items.length;
  const isClosed = !def.rest;
  if (ctx.target === "draft-2020-12") {
    json3.prefixItems = prefixItems;
    if (isClosed) {
      json3.items = false;
    } else if (rest) {
      json3.items = rest;
    }
    if (minItems > 0)
      json3.minItems = minItems;
    if (isClosed)
      json3.maxItems = maxItems;
  } else if (ctx.target === "openapi-3.0") {
    json3.items = {
      anyOf: prefixItems
    };
    if (rest) {
      json3.items.anyOf.push(rest);
    }
    if (minItems > 0)
      json3.minItems = minItems;
    if (isClosed)
      json3.maxItems = maxItems;
  } else {
    json3.items = prefixItems;
    if (isClosed) {
      json3.additionalItems = false;
    } else if (rest) {
      json3.additionalItems = rest;
    }
    if (minItems > 0)
      json3.minItems = minItems;
    if (isClosed)
      json3.maxItems = maxItems;
  }
  const { minimum, maximum } = aggregateChecks(schema2);
  if (typeof minimum === "number")
    json3.minItems = minimum;
  if (typeof maximum === "number")
    json3.maxItems = maximum;
};
function stringifyKeyNames(bySchema, json3, visited) {
  if (json3.$ref) {
    if (visited.has(json3))
      return json3;
    visited.add(json3);
    const def = bySchema.get(json3)?.def;
    if (!def)
      return json3;
    const inlined = stringifyKeyNames(bySchema, def, visited);
    return inlined === def ? json3 : inlined;
  }
  for (const keyword of ["anyOf", "oneOf"]) {
    const branches = json3[keyword];
    if (!Array.isArray(branches))
      continue;
    const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
    if (mapped.some((branch, i) => branch !== branches[i]))
      json3 = { ...json3, [keyword]: mapped };
  }
  const types3 = Array.isArray(json3.type) ? json3.type : [json3.type];
  const numericType = !types3.includes("string") && types3.some((t) => t === "number" || t === "integer");
  const values = json3.enum ?? (json3.const !== void 0 ? [json3.const] : void 0);
  if (!numericType && !values?.some((v) => typeof v === "number"))
    return json3;
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json3;
  if (rest.enum)
    rest.enum = rest.enum.map((v) => typeof v === "number" ? String(v) : v);
  else if (typeof rest.const === "number")
    rest.const = String(rest.const);
  if (!numericType)
    return rest;
  rest.type = "string";
  if (!values)
    rest.pattern = (types3.includes("number") ? number : integer).source;
  return rest;
}
var pendingRecords = /* @__PURE__ */ new WeakMap();
function rewriteKeyNames(ctx) {
  const bySchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.values()) {
    if (entry.def && !bySchema.has(entry.schema))
      bySchema.set(entry.schema, entry);
  }
  const rewrites = /* @__PURE__ */ new Map();
  for (const record2 of pendingRecords.get(ctx) ?? []) {
    const seen = ctx.seen.get(record2);
    const names = (seen?.def ?? seen?.schema)?.propertyNames;
    if (!names || names === true || rewrites.has(names))
      continue;
    const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
    if (rewritten !== names)
      rewrites.set(names, rewritten);
  }
  if (!rewrites.size)
    return;
  for (const entry of ctx.seen.values()) {
    for (const carrier of [entry.schema, entry.def]) {
      const rewritten = carrier && rewrites.get(carrier.propertyNames);
      if (rewritten)
        carrier.propertyNames = rewritten;
    }
  }
}
var recordProcessor = (schema2, ctx, _json, params) => {
  const json3 = _json;
  const def = schema2._zod.def;
  json3.type = "object";
  const keyType = def.keyType;
  const patterns = aggregateChecks(keyType).patterns;
  if (def.mode === "loose" && patterns && patterns.size > 0) {
    const valueSchema = processSchema(def.valueType, ctx, {
      ...params,
      path: [...params.path, "patternProperties", "*"]
    });
    json3.patternProperties = {};
    for (const pattern of patterns) {
      assignProp(json3.patternProperties, exactPattern(pattern).source, valueSchema);
    }
  } else {
    if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
      json3.propertyNames = processSchema(def.keyType, ctx, {
        ...params,
        path: [...params.path, "propertyNames"]
      });
      let pending = pendingRecords.get(ctx);
      if (!pending) {
        pending = [];
        pendingRecords.set(ctx, pending);
        ctx.deferred.push(() => rewriteKeyNames(ctx));
      }
      pending.push(schema2);
    }
    json3.additionalProperties = processSchema(def.valueType, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
  const keyValues = keyType._zod.values;
  const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
  if (keyValues && !def.partial && !omittableOnInput) {
    const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
    if (validKeyValues.length > 0) {
      json3.required = validKeyValues.map(String);
    }
  }
};
var nullableProcessor = (schema2, ctx, json3, params) => {
  const def = schema2._zod.def;
  const inner = processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  if (ctx.target === "openapi-3.0") {
    seen.ref = def.innerType;
    json3.nullable = true;
  } else {
    json3.anyOf = [inner, { type: "null" }];
  }
};
var nonoptionalProcessor = (schema2, ctx, _json, params) => {
  const def = schema2._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def.innerType;
};
var UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
function serializeDefaultValue(value, schema2, ctx, json3, params) {
  let unrepresentable = false;
  const serialized = JSON.stringify(value, (_, val) => {
    if (typeof val !== "bigint")
      return val;
    unrepresentable = true;
    return null;
  });
  if (!unrepresentable)
    return JSON.parse(serialized);
  handleUnrepresentable(schema2, ctx, json3, params, "BigInt defaults cannot be represented in JSON Schema");
  return UNREPRESENTABLE_DEFAULT;
}
var defaultProcessor = (schema2, ctx, json3, params) => {
  const def = schema2._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def.innerType;
  const value = serializeDefaultValue(def.defaultValue, schema2, ctx, json3, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json3.default = value;
};
var prefaultProcessor = (schema2, ctx, json3, params) => {
  const def = schema2._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def.innerType;
  if (ctx.io !== "input")
    return;
  const value = serializeDefaultValue(def.defaultValue, schema2, ctx, json3, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json3._prefault = value;
};
var catchProcessor = (schema2, ctx, json3, params) => {
  const def = schema2._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def.innerType;
  let catchValue;
  try {
    catchValue = def.catchValue(void 0);
  } catch {
    handleUnrepresentable(schema2, ctx, json3, params, "Dynamic catch values are not supported in JSON Schema");
    return;
  }
  json3.default = catchValue;
};
var pipeProcessor = (schema2, ctx, _json, params) => {
  const def = schema2._zod.def;
  const inIsTransform = def.in._zod.traits.has("$ZodTransform");
  const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
  processSchema(innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = innerType;
};
var readonlyProcessor = (schema2, ctx, json3, params) => {
  const def = schema2._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def.innerType;
  json3.readOnly = true;
};
var promiseProcessor = (schema2, ctx, _json, params) => {
  const def = schema2._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def.innerType;
};
var optionalProcessor = (schema2, ctx, _json, params) => {
  const def = schema2._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def.innerType;
};
var lazyProcessor = (schema2, ctx, _json, params) => {
  const innerType = schema2._zod.innerType;
  processSchema(innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = innerType;
};
var allProcessors = {
  string: stringProcessor,
  number: numberProcessor,
  boolean: booleanProcessor,
  bigint: bigintProcessor,
  symbol: symbolProcessor,
  null: nullProcessor,
  undefined: undefinedProcessor,
  void: voidProcessor,
  never: neverProcessor,
  any: anyProcessor,
  unknown: unknownProcessor,
  date: dateProcessor,
  enum: enumProcessor,
  literal: literalProcessor,
  nan: nanProcessor,
  template_literal: templateLiteralProcessor,
  file: fileProcessor,
  success: successProcessor,
  custom: customProcessor,
  function: functionProcessor,
  transform: transformProcessor,
  map: mapProcessor,
  set: setProcessor,
  array: arrayProcessor,
  object: objectProcessor,
  union: unionProcessor,
  intersection: intersectionProcessor,
  tuple: tupleProcessor,
  record: recordProcessor,
  nullable: nullableProcessor,
  nonoptional: nonoptionalProcessor,
  default: defaultProcessor,
  prefault: prefaultProcessor,
  catch: catchProcessor,
  pipe: pipeProcessor,
  readonly: readonlyProcessor,
  promise: promiseProcessor,
  optional: optionalProcessor,
  lazy: lazyProcessor
};
function toJSONSchema(input, params) {
  if ("_idmap" in input) {
    const registry2 = input;
    const ctx2 = initializeContext({ ...params, processors: allProcessors });
    const defs = {};
    for (const entry of registry2._idmap.entries()) {
      const [_, schema2] = entry;
      processSchema(schema2, ctx2);
    }
    const schemas2 = {};
    const external = {
      registry: registry2,
      uri: params?.uri,
      defs
    };
    ctx2.external = external;
    for (const entry of registry2._idmap.entries()) {
      const [key, schema2] = entry;
      extractDefs(ctx2, schema2);
      assignProp(schemas2, key, finalize(ctx2, schema2));
    }
    if (Object.keys(defs).length > 0) {
      const defsSegment = ctx2.target === "draft-2020-12" ? "$defs" : "definitions";
      schemas2.__shared = {
        [defsSegment]: defs
      };
    }
    return { schemas: schemas2 };
  }
  const ctx = initializeContext({ ...params, processors: allProcessors });
  processSchema(input, ctx);
  extractDefs(ctx, input);
  return finalize(ctx, input);
}

// node_modules/zod/v4/classic/errors.js
var _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function _lazyMethod(proto, key, make) {
  Object.defineProperty(proto, key, {
    configurable: true,
    enumerable: false,
    get() {
      const value = make(this);
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
    }
  });
}
var initializer2 = (inst, issues) => {
  $ZodError.init(inst, issues);
  inst.name = "ZodError";
  const proto = Object.getPrototypeOf(inst);
  if (_installedErrorProtos.has(proto))
    return;
  _installedErrorProtos.add(proto);
  _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
  _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
  _lazyMethod(proto, "addIssue", (self) => (issue2) => {
    self.issues.push(issue2);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  _lazyMethod(proto, "addIssues", (self) => (issues2) => {
    self.issues.push(...issues2);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  Object.defineProperty(proto, "isEmpty", {
    configurable: true,
    enumerable: false,
    get() {
      return this.issues.length === 0;
    }
  });
};
var ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer2, void 0, {
  Parent: Error
});

// node_modules/zod/v4/classic/parse.js
var parse = /* @__PURE__ */ _parse(ZodRealError);
var parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
var safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
var safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
var encode = /* @__PURE__ */ _encode(ZodRealError);
var decode = /* @__PURE__ */ _decode(ZodRealError);
var encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
var decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
var safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
var safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
var safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
var safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
  if (!globalConfig.localeError)
    config(en_default());
}
function _ensureDefaultMemoizer() {
  if (!globalConfig.memoizer)
    config({ memoizer: memoizer() });
}
var ZodType = /* @__PURE__ */ $constructor("ZodType", (inst, def) => {
  _ensureDefaultLocale();
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
  return inst;
}, {
  check(...chks) {
    const def = this.def;
    return this.clone(util_exports.mergeDefs(def, {
      checks: [
        ...def.checks ?? [],
        ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }), { parent: true });
  },
  with(...chks) {
    return this.check(...chks);
  },
  clone(def, params) {
    return clone(this, def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  refine(check, params) {
    return this.check(refine(check, params));
  },
  superRefine(refinement, params) {
    return this.check(superRefine(refinement, params));
  },
  overwrite(fn) {
    return this.check(_overwrite(fn));
  },
  optional() {
    return optional(this);
  },
  exactOptional() {
    return exactOptional(this);
  },
  nullable() {
    return nullable(this);
  },
  nullish() {
    return optional(nullable(this));
  },
  nonoptional(params) {
    return nonoptional(this, params);
  },
  array() {
    return array(this);
  },
  or(arg) {
    return union([this, arg]);
  },
  and(arg) {
    return intersection(this, arg);
  },
  transform(tx) {
    return pipe(this, transform(tx));
  },
  default(d) {
    return _default(this, d);
  },
  prefault(d) {
    return prefault(this, d);
  },
  catch(params) {
    return _catch(this, params);
  },
  pipe(target) {
    return pipe(this, target);
  },
  readonly() {
    return readonly(this);
  },
  describe(description) {
    const cl = this.clone();
    globalRegistry.add(cl, { description });
    return cl;
  },
  meta(...args) {
    if (args.length === 0)
      return globalRegistry.get(this);
    const cl = this.clone();
    globalRegistry.add(cl, args[0]);
    return cl;
  },
  isOptional() {
    return this.safeParse(void 0).success;
  },
  isNullable() {
    return this.safeParse(null).success;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  },
  // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
  get "~standard"() {
    return util_exports.hide(this, "~standard", {
      ...standardProps(this),
      jsonSchema: {
        input: createStandardJSONSchemaMethod(this, "input"),
        output: createStandardJSONSchemaMethod(this, "output")
      }
    });
  },
  set "~standard"(value) {
    util_exports.own(this, "~standard", value);
  },
  parse: function _parse2(data, params) {
    return parse(this, data, params, { callee: _parse2 });
  },
  parseAsync: async function _parseAsync2(data, params) {
    return await parseAsync(this, data, params, { callee: _parseAsync2 });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  async safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  // `spa` is an alias: same function object as `safeParseAsync`, as before.
  get spa() {
    return this?.safeParseAsync;
  },
  set spa(value) {
    util_exports.own(this, "spa", value);
  },
  validate(data, params) {
    return validate(this, data, params);
  },
  validateAsync(data, params) {
    return validateAsync(this, data, params);
  },
  encode: function _encode2(data, params) {
    return encode(this, data, params, { callee: _encode2 });
  },
  decode: function _decode2(data, params) {
    return decode(this, data, params, { callee: _decode2 });
  },
  encodeAsync: async function _encodeAsync2(data, params) {
    return await encodeAsync(this, data, params, { callee: _encodeAsync2 });
  },
  decodeAsync: async function _decodeAsync2(data, params) {
    return await decodeAsync(this, data, params, { callee: _decodeAsync2 });
  },
  safeEncode(data, params) {
    return safeEncode(this, data, params);
  },
  safeDecode(data, params) {
    return safeDecode(this, data, params);
  },
  async safeEncodeAsync(data, params) {
    return safeEncodeAsync(this, data, params);
  },
  async safeDecodeAsync(data, params) {
    return safeDecodeAsync(this, data, params);
  },
  toJSONSchema(params) {
    return createToJSONSchemaMethod(this, {})(params);
  },
  // Reads through to the registry on every access, so it must not cache.
  get description() {
    return globalRegistry.get(this)?.description;
  },
  // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
  get _def() {
    return this._zod.def;
  }
});
var _ZodString = /* @__PURE__ */ $constructor(
  "_ZodString",
  (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json3, params) => stringProcessor(inst, ctx, json3, params);
  },
  /* @__PURE__ */ util_exports.derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null
  }, {
    regex(...args) {
      return this.check(_regex(...args));
    },
    includes(...args) {
      return this.check(_includes(...args));
    },
    startsWith(...args) {
      return this.check(_startsWith(...args));
    },
    endsWith(...args) {
      return this.check(_endsWith(...args));
    },
    min(...args) {
      return this.check(_minLength(...args));
    },
    max(...args) {
      return this.check(_maxLength(...args));
    },
    length(...args) {
      return this.check(_length(...args));
    },
    nonempty(...args) {
      return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
      return this.check(_lowercase(params));
    },
    uppercase(params) {
      return this.check(_uppercase(params));
    },
    trim() {
      return this.check(_trim());
    },
    normalize(...args) {
      return this.check(_normalize(...args));
    },
    toLowerCase() {
      return this.check(_toLowerCase());
    },
    toUpperCase() {
      return this.check(_toUpperCase());
    },
    slugify() {
      return this.check(_slugify());
    }
  })
);
var ZodString = /* @__PURE__ */ $constructor("ZodString", (inst, def) => {
  $ZodString.init(inst, def);
  _ZodString.init(inst, def);
}, {
  email(params) {
    return this.check(_email(ZodEmail, params));
  },
  url(params) {
    return this.check(_url(ZodURL, params));
  },
  jwt(params) {
    return this.check(_jwt(ZodJWT, params));
  },
  emoji(params) {
    return this.check(_emoji2(ZodEmoji, params));
  },
  guid(params) {
    return this.check(_guid(ZodGUID, params));
  },
  uuid(params) {
    return this.check(_uuid(ZodUUID, params));
  },
  uuidv4(params) {
    return this.check(_uuidv4(ZodUUID, params));
  },
  uuidv6(params) {
    return this.check(_uuidv6(ZodUUID, params));
  },
  uuidv7(params) {
    return this.check(_uuidv7(ZodUUID, params));
  },
  nanoid(params) {
    return this.check(_nanoid(ZodNanoID, params));
  },
  cuid(params) {
    return this.check(_cuid(ZodCUID, params));
  },
  cuid2(params) {
    return this.check(_cuid2(ZodCUID2, params));
  },
  ulid(params) {
    return this.check(_ulid(ZodULID, params));
  },
  base64(params) {
    return this.check(_base64(ZodBase64, params));
  },
  base64url(params) {
    return this.check(_base64url(ZodBase64URL, params));
  },
  xid(params) {
    return this.check(_xid(ZodXID, params));
  },
  ksuid(params) {
    return this.check(_ksuid(ZodKSUID, params));
  },
  ipv4(params) {
    return this.check(_ipv4(ZodIPv4, params));
  },
  ipv6(params) {
    return this.check(_ipv6(ZodIPv6, params));
  },
  cidrv4(params) {
    return this.check(_cidrv4(ZodCIDRv4, params));
  },
  cidrv6(params) {
    return this.check(_cidrv6(ZodCIDRv6, params));
  },
  e164(params) {
    return this.check(_e164(ZodE164, params));
  },
  datetime(params) {
    return this.check(_isoDateTime(ZodISODateTime, params));
  },
  date(params) {
    return this.check(_isoDate(ZodISODate, params));
  },
  time(params) {
    return this.check(_isoTime(ZodISOTime, params));
  },
  duration(params) {
    return this.check(_isoDuration(ZodISODuration, params));
  }
});
function string2(params) {
  return _string(ZodString, params);
}
var ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  _ZodString.init(inst, def);
});
var ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def) => {
  $ZodISODateTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def) => {
  $ZodISODate.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def) => {
  $ZodISOTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def) => {
  $ZodISODuration.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def) => {
  $ZodEmail.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def) => {
  $ZodGUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def) => {
  $ZodUUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def) => {
  $ZodURL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def) => {
  $ZodEmoji.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def) => {
  $ZodNanoID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def) => {
  $ZodCUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def) => {
  $ZodCUID2.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def) => {
  $ZodULID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def) => {
  $ZodXID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def) => {
  $ZodKSUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def) => {
  $ZodIPv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def) => {
  $ZodIPv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def) => {
  $ZodCIDRv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def) => {
  $ZodCIDRv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def) => {
  $ZodBase64.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def) => {
  $ZodBase64URL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def) => {
  $ZodE164.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def) => {
  $ZodJWT.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodNumber = /* @__PURE__ */ $constructor(
  "ZodNumber",
  (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json3, params) => numberProcessor(inst, ctx, json3, params);
    inst.isFinite = true;
  },
  /* @__PURE__ */ util_exports.derived({
    minValue: (inst) => {
      const { minimum, exclusiveMinimum } = aggregateChecks(inst);
      return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
      const { maximum, exclusiveMaximum } = aggregateChecks(inst);
      return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
      const { isInt, multipleOf } = aggregateChecks(inst);
      return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null
  }, {
    gt(value, params) {
      return this.check(_gt(value, params));
    },
    gte(value, params) {
      return this.check(_gte(value, params));
    },
    min(value, params) {
      return this.check(_gte(value, params));
    },
    lt(value, params) {
      return this.check(_lt(value, params));
    },
    lte(value, params) {
      return this.check(_lte(value, params));
    },
    max(value, params) {
      return this.check(_lte(value, params));
    },
    int(params) {
      return this.check(int(params));
    },
    safe(params) {
      return this.check(int(params));
    },
    positive(params) {
      return this.check(_gt(0, params));
    },
    nonnegative(params) {
      return this.check(_gte(0, params));
    },
    negative(params) {
      return this.check(_lt(0, params));
    },
    nonpositive(params) {
      return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
      return this.check(_multipleOf(value, params));
    },
    step(value, params) {
      return this.check(_multipleOf(value, params));
    },
    finite() {
      return this;
    }
  })
);
var ZodNumberFormat = /* @__PURE__ */ $constructor("ZodNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodNumber.init(inst, def);
});
function int(params) {
  return _int(ZodNumberFormat, params);
}
var ZodBoolean = /* @__PURE__ */ $constructor("ZodBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => booleanProcessor(inst, ctx, json3, params);
});
function boolean2(params) {
  return _boolean(ZodBoolean, params);
}
var ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => unknownProcessor(inst, ctx, json3, params);
});
function unknown() {
  return _unknown(ZodUnknown);
}
var ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => neverProcessor(inst, ctx, json3, params);
});
function never(params) {
  return _never(ZodNever, params);
}
var ZodArray = /* @__PURE__ */ $constructor("ZodArray", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodArray.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => arrayProcessor(inst, ctx, json3, params);
  inst.element = def.element;
}, {
  min(n, params) {
    return this.check(_minLength(n, params));
  },
  nonempty(params) {
    return this.check(_minLength(1, params));
  },
  max(n, params) {
    return this.check(_maxLength(n, params));
  },
  length(n, params) {
    return this.check(_length(n, params));
  },
  unwrap() {
    return this.element;
  }
});
function array(element, params) {
  return _array(ZodArray, element, params);
}
var ZodObject = /* @__PURE__ */ $constructor("ZodObject", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodObjectJIT.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => objectProcessor(inst, ctx, json3, params);
  util_exports.installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
  keyof() {
    return _enum(Object.keys(this._zod.def.shape));
  },
  catchall(catchall) {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall }));
  },
  passthrough() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  loose() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  strict() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: never() }));
  },
  strip() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: void 0 }));
  },
  extend(incoming) {
    return util_exports.extend(this, incoming);
  },
  safeExtend(incoming) {
    return util_exports.safeExtend(this, incoming);
  },
  merge(other) {
    return util_exports.merge(this, other);
  },
  pick(mask) {
    return util_exports.pick(this, mask);
  },
  omit(mask) {
    return util_exports.omit(this, mask);
  },
  partial(...args) {
    return util_exports.partial(ZodOptional, this, args[0]);
  },
  exactPartial(...args) {
    return util_exports.partial(ZodExactOptional, this, args[0], "exactPartial");
  },
  required(...args) {
    return util_exports.required(ZodNonOptional, this, args[0]);
  }
});
function strictObject(shape, params) {
  return new ZodObject({
    type: "object",
    shape,
    catchall: never(),
    ...util_exports.normalizeParams(params)
  });
}
function looseObject(shape, params) {
  return new ZodObject({
    type: "object",
    shape,
    catchall: unknown(),
    ...util_exports.normalizeParams(params)
  });
}
var ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => unionProcessor(inst, ctx, json3, params);
  inst.options = def.options;
});
function union(options5, params) {
  return new ZodUnion({
    type: "union",
    options: options5,
    ...util_exports.normalizeParams(params)
  });
}
var ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def) => {
  $ZodIntersection.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => intersectionProcessor(inst, ctx, json3, params);
});
function intersection(left, right) {
  return new ZodIntersection({
    type: "intersection",
    left,
    right
  });
}
var ZodRecord = /* @__PURE__ */ $constructor("ZodRecord", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodRecord.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => recordProcessor(inst, ctx, json3, params);
  inst.keyType = def.keyType;
  inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodRecord({
      type: "record",
      keyType: string2(),
      valueType: keyType,
      ...util_exports.normalizeParams(valueType)
    });
  }
  return new ZodRecord({
    type: "record",
    keyType,
    valueType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => enumProcessor(inst, ctx, json3, params);
  inst.enum = def.entries;
  inst.options = [...inst._zod.values];
  const keys = new Set(Object.keys(def.entries));
  inst.extract = (values, params) => {
    const newEntries = {};
    for (const value of values) {
      if (keys.has(value)) {
        newEntries[value] = def.entries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
  inst.exclude = (values, params) => {
    const newEntries = { ...def.entries };
    for (const value of values) {
      if (keys.has(value)) {
        delete newEntries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
});
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodEnum({
    type: "enum",
    entries,
    ...util_exports.normalizeParams(params)
  });
}
var ZodLiteral = /* @__PURE__ */ $constructor("ZodLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => literalProcessor(inst, ctx, json3, params);
  inst.values = new Set(def.values);
  Object.defineProperty(inst, "value", {
    get() {
      if (def.values.length > 1) {
        throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
      }
      return def.values[0];
    }
  });
});
function literal2(value, params) {
  return new ZodLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...util_exports.normalizeParams(params)
  });
}
var ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodTransform.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => transformProcessor(inst, ctx, json3, params);
  inst._zod.parse = (payload, _ctx) => {
    if (_ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(util_exports.issue(issue2, payload.value, def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = inst);
        payload.issues.push(util_exports.issue(_issue));
      }
    };
    const output = def.transform(payload.value, payload);
    if (output instanceof Promise) {
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    payload.value = output;
    return payload;
  };
});
function transform(fn) {
  return new ZodTransform({
    type: "transform",
    transform: fn
  });
}
var ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => optionalProcessor(inst, ctx, json3, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
  return new ZodOptional({
    type: "optional",
    innerType
  });
}
var ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def) => {
  $ZodExactOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => optionalProcessor(inst, ctx, json3, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
  return new ZodExactOptional({
    type: "optional",
    innerType
  });
}
var ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => nullableProcessor(inst, ctx, json3, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
  return new ZodNullable({
    type: "nullable",
    innerType
  });
}
var ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => defaultProcessor(inst, ctx, json3, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
  return new ZodDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def) => {
  $ZodPrefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => prefaultProcessor(inst, ctx, json3, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
  return new ZodPrefault({
    type: "prefault",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def) => {
  $ZodNonOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => nonoptionalProcessor(inst, ctx, json3, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
  return new ZodNonOptional({
    type: "nonoptional",
    innerType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def) => {
  $ZodCatch.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => catchProcessor(inst, ctx, json3, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
  return new ZodCatch({
    type: "catch",
    innerType,
    catchValue: typeof catchValue === "function" ? catchValue : util_exports.constantCatch(catchValue)
  });
}
var ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => pipeProcessor(inst, ctx, json3, params);
  inst.in = def.in;
  inst.out = def.out;
});
function pipe(in_, out) {
  return new ZodPipe({
    type: "pipe",
    in: in_,
    out
    // ...util.normalizeParams(params),
  });
}
var ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def) => {
  $ZodReadonly.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => readonlyProcessor(inst, ctx, json3, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
  return new ZodReadonly({
    type: "readonly",
    innerType
  });
}
var ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json3, params) => customProcessor(inst, ctx, json3, params);
});
function refine(fn, _params = {}) {
  return _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
  return _superRefine(fn, params);
}

// src/policy/builtin-files.ts
var TEXTS = { "minimal": "# Built-in preset `minimal`: only the format check, the three facts every route must carry (key\n# owner, billing trigger, checked date), shared keys with user data, and secrets in manifests.\n# For teams adopting the tool: start here, then move to `recommended`.\nversion: 1\nfailOn: error\nrules:\n  payer-unknown: off\n  limit-missing: off\n  support-owner-missing: off\n  data-terms-missing: off\n  fallback-missing: off\n  fallback-unresolved: off\n  model-unnamed: off\n  model-alias-unmapped: off\n  model-retired: off\n  path-untested: off\n  app-access-as-api: off\n  playground-in-production: off\n  unknown-wrapper: off\n  trial-in-production: off\n  trial-expiring: off\n  failure-billing-unknown: off\n  official-api-not-free: off\n  user-pays-consent-missing: off\n  unlimited-claim-unproven: off\n  free-label-unqualified: off\n  checked-date-stale: off\n  checked-date-future: off\n", "recommended": "# Built-in preset `recommended`: every rule of the catalog at its default severities (see\n# docs/rules/README.md). This is the policy a repository gets when it has no policy file.\n# The two rules that protect users and keys are locked: no policy that extends this one can lower,\n# turn off, override or waive them.\nversion: 1\nfailOn: error\nlocked:\n  - shared-key-user-data\n  - secret-in-manifest\n", "strict": "# Built-in preset `strict`: `recommended`, with every warning of the production-like stages\n# (production, internal) raised to an error, routes counted stale after 30 days, and\n# `path-untested` an error in production and internal.\nversion: 1\nextends:\n  - recommended\nrules:\n  path-untested:\n    severity: { production: error, internal: error }\n  checked-date-stale:\n    severity: { production: error, internal: error }\n    maxAgeDays: 30\n  waiver-unused:\n    severity: { production: error, internal: error }\n  catalog-stale:\n    severity: { production: error, internal: error }\n" };
var CATALOGS = { "models": { "data": { "version": 1, "checked": "2026-11-30", "models": [{ "id": "dall-e-2", "provider": "openai", "name": "DALL\xB7E 2", "status": "shutdown", "shutdown": "2026-05-12", "replacement": "gpt-image-2.5-sunburst", "snapshots": [], "aliases": [], "source": "https://developers.openai.com/api/docs/models/dall-e-2.md", "checked": "2026-11-30", "confirmed": false, "note": "Status and replacement are P: OpenAI page 'DALL\xB7E 2 has been deprecated and removed from the API. We recommend GPT-Image-2.5 Sunburst for current image generation and editing.' The shutdown DAY 2026-05-12 is secondary only (bg: weighmyprompt.com/deprecations/openai-dall-e-2; https://dev.to/flarecanary/dalle-shuts-down-may-12-the-gpt-image-1-migration-isnt-the-drop-in-swap-it-looks-like-3p02 'OpenAI is shutting down dall-e-2 and dall-e-3 on May 12, 2026'); Comfy Router docs (aggregator) also say OpenAI shut the dall-e ids down 2026-05-12. No OpenAI page read states the day. Original OpenAI advice (per dev.to) was gpt-image-1 / gpt-image-1-mini." }, { "id": "dall-e-3", "provider": "openai", "name": "DALL\xB7E 3", "status": "shutdown", "shutdown": "2026-05-12", "replacement": "gpt-image-2.5-sunburst", "snapshots": [], "aliases": [], "source": "https://developers.openai.com/api/docs/models/dall-e-3?site_locale=en", "checked": "2026-11-30", "confirmed": false, "note": "Status/replacement P (bg; also zh-Hans copy https://developers.openai.com/zh-Hans/api/docs/models/dall-e-3 read: 'DALL\xB7E 3 \u5DF2\u5F03\u7528,\u5E76\u5DF2\u4ECE API \u4E2D\u79FB\u9664\u3002\u76EE\u524D,\u6211\u4EEC\u5EFA\u8BAE\u4F7F\u7528 GPT-Image-2.5 Sunburst'; snapshot list only dall-e-3; rate-limit table Free 'not supported'). Shutdown day 2026-05-12 secondary only (bg: weighmyprompt.com, aicheckerhub.com; dev.to/flarecanary). Azure has its own, earlier retirement (see azure-openai dall-e-3 entry)." }, { "id": "gpt-image-1", "provider": "openai", "name": "GPT Image 1", "status": "shutdown", "shutdown": "2026-10-23", "replacement": "gpt-image-2.5-sunburst", "snapshots": [], "aliases": [{ "id": "openai/gpt-image-1", "via": ["replicate"], "source": "https://replicate.com/openai/gpt-image-1" }, { "id": "fal-ai/gpt-image-1/text-to-image", "via": ["fal"], "source": "https://fal.ai/models/fal-ai/gpt-image-1/text-to-image/llms.txt" }, { "id": "fal-ai/gpt-image-1/edit-image", "via": ["fal"], "source": "https://fal.ai/models/fal-ai/gpt-image-1/edit-image/llms.txt" }], "source": "https://developers.openai.com/ja-JP/api/docs/models/gpt-image-1", "checked": "2026-11-30", "confirmed": true, "note": "(bg) ja-JP OpenAI page: 'GPT Image 1 \u306F 2026 \u5E74 10 \u6708 23 \u65E5\u306B\u63D0\u4F9B\u3092\u7D42\u4E86\u3057\u3001\u73FE\u5728\u306F\u5229\u7528\u3067\u304D\u307E\u305B\u3093' and '\u4ECA\u5F8C\u306E\u753B\u50CF\u751F\u6210\u3084\u7DE8\u96C6\u306B\u306F GPT-Image-2.5 Sunburst \u3092\u63A8\u5968\u3057\u307E\u3059'; snapshot list gpt-image-1 only. Replicate listing is bring-your-own OpenAI key (bg). fal ids now confirmed on fal's own llms.txt pages ('Model ID: fal-ai/gpt-image-1/text-to-image', 'Model ID: fal-ai/gpt-image-1/edit-image'); the background file had them as third-party-only. These fal/Replicate routes front OpenAI and presumably stopped working with the upstream shutdown (not verified on fal/Replicate)." }, { "id": "gpt-image-1-mini", "provider": "openai", "name": "GPT Image 1 mini", "status": "deprecated", "shutdown": "2026-12-01", "replacement": ["gpt-image-2.6-sunburst", "gpt-image-2.6-flare"], "snapshots": [], "aliases": [{ "id": "openai/gpt-image-1-mini", "via": ["vercel-ai-gateway"], "source": "https://vercel.com/ai-gateway/models/gpt-image-1-mini/faq" }, { "id": "fal-ai/gpt-image-1-mini", "via": ["fal"], "source": "https://fal.ai/models/fal-ai/gpt-image-1-mini/api" }], "source": "https://developers.openai.com/api/docs/deprecations?translationFallback=zh-Hans", "checked": "2026-11-30", "confirmed": true, "note": "Deprecations table (read again 2026-11-30): '| Dec 1, 2026 | gpt-image-1-mini | Deprecated | gpt-image-2.6-sunburst or gpt-image-2.6-flare | Jun 2, 2026 |'. An older copy of the same table (quoted by dev.to/max_bob, read 27 Oct 2026) said 'gpt-image-2.5-sunburst or gpt-image-2.5-flare'; the newer 2.6 advice is used. Status flips to shutdown on 2026-12-01 (tomorrow). fal route: fal.subscribe('fal-ai/gpt-image-1-mini') on fal's page." }, { "id": "gpt-image-1.5", "provider": "openai", "name": "GPT Image 1.5", "status": "deprecated", "released": "2025-12-16", "shutdown": "2026-12-01", "replacement": ["gpt-image-2.6-sunburst", "gpt-image-2.6-flare"], "snapshots": ["gpt-image-1.5-2025-12-16"], "aliases": [{ "id": "gpt-image-1-5", "via": ["venice"], "source": "https://docs.venice.ai/models/gpt-image-1-5" }, { "id": "openai/gpt-image-1.5", "via": ["comfy"], "source": "https://docs.comfy.org/es/development/comfy-router/models/openai/gpt-image-1-5/code.md" }, { "id": "fal-ai/gpt-image-1.5", "via": ["fal"], "source": "https://fal.ai/docs/model-api-reference/image-generation-api/gpt-image-1.5" }], "source": "https://developers.openai.com/api/docs/deprecations?translationFallback=zh-Hans", "checked": "2026-11-30", "confirmed": true, "note": "Deprecations table: '| Dec 1, 2026 | gpt-image-1.5, gpt-image-1.5-2025-12-16 | Deprecated | gpt-image-2.6-sunburst or gpt-image-2.6-flare | Jun 2, 2026 |' (older copy per dev.to: 2.5 sunburst/flare). Release 2025-12-16 from openai/openai-python commit 9dc1d1a0 'feat(api): gpt-image-1.5' (bg) and the snapshot date. Venice: 'available on the Venice API as gpt-image-1-5'. fal: 'Endpoint ID: fal-ai/gpt-image-1.5' (edit route fal-ai/gpt-image-1.5/edit seen only in S clawhub skill). Netlify AI Gateway uses the plain id gpt-image-1.5 (https://www.netlify.com/changelog/gpt-image-1-5-ai-gateway.md). Replicate openai/gpt-image-1.5 seen only on a mirror (cloudernative.com), not on replicate.com." }, { "id": "chatgpt-image-latest", "provider": "openai", "name": "ChatGPT Image (latest)", "status": "deprecated", "shutdown": "2026-12-01", "replacement": ["gpt-image-2.6-sunburst", "gpt-image-2.6-flare"], "snapshots": [], "aliases": [], "source": "https://developers.openai.com/api/docs/deprecations?translationFallback=zh-Hans", "checked": "2026-11-30", "confirmed": true, "note": "Deprecations table: '| Dec 1, 2026 | chatgpt-image-latest | Deprecated | gpt-image-2.6-sunburst or gpt-image-2.6-flare | Jun 2, 2026 |' (older copy per dev.to: 2.5 sunburst/flare). Listed in openai-python ImageModel (bg). That it tracks ChatGPT's image model is secondary only (bg: aifreeapi.com). No OpenAI model page for it was read." }, { "id": "gpt-image-2", "provider": "openai", "name": "GPT Image 2", "status": "active", "released": "2026-04-21", "shutdown": null, "replacement": null, "snapshots": ["gpt-image-2-2026-04-21"], "aliases": [{ "id": "openai/gpt-image-2", "via": ["fal", "vercel-ai-gateway", "replicate", "comfy"], "source": "https://fal.ai/models/openai/gpt-image-2/api", "note": "also on the page of vercel-ai-gateway: https://vercel.com/ai-gateway/models/gpt-image-2.md; replicate: https://replicate.com/openai/gpt-image-2; comfy: https://docs.comfy.org/zh/development/comfy-router/models/openai/gpt-image-2/code" }], "source": "https://developers.openai.com/api/docs/models/gpt-image-2.md", "checked": "2026-11-30", "confirmed": true, "note": "(bg) OpenAI page: 'Default snapshot: gpt-image-2-2026-04-21', no deprecation badge, not in the deprecation rows. Launch 2026-04-21: Microsoft Foundry blog Apr 21, 2026 'generally available and rolling out today' and Vercel 'released on April 21, 2026'. Replicate page read: 'openai/gpt-image-2 ... OpenAI's state-of-the-art image generation model' (optional own OpenAI key per S mirrors). fal edit route openai/gpt-image-2/edit is S-only (bg). OpenRouter openai/gpt-image-2 seen only in third-party code (S), not on an OpenRouter page. Netlify AI Gateway uses the plain id gpt-image-2. No free tier: S only (apidog). azure/gpt-image-2 (LiteLLM) is a pattern azure/<deployment-name>, not a fixed alias - omitted." }, { "id": "gpt-image-2.5-flare", "provider": "openai", "name": "GPT Image 2.5 Flare", "status": "active", "released": "2026-09-08", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [{ "id": "openai/gpt-image-2.5-flare", "via": ["vercel-ai-gateway", "comfy"], "source": "https://vercel.com/ai-gateway/models/openai/gpt-image-2.5-flare.md", "note": "also on the page of comfy: https://docs.comfy.org/development/comfy-router/models/openai/gpt-image-2-5-flare/code.md" }], "source": "https://developers.openai.com/api/docs/changelog.md?entry=2026-09-08-3922e216050f6857", "checked": "2026-11-30", "confirmed": true, "note": "(bg) OpenAI changelog Sep 8 [2026]: 'Released GPT Image 2.5 Sunburst and GPT Image 2.5 Flare for image generation and editing through the Image API and the Responses API image generation tool.' Vercel page: 'Model ID: openai/gpt-image-2.5-flare'. Dated snapshot gpt-image-2.5-flare-2026-09-08 is reseller-only (bg: APIYI) - deliberately left out of snapshots. Still listed as a replacement only in the OLDER deprecations copy; the newer copy names 2.6." }, { "id": "gpt-image-2.5-sunburst", "provider": "openai", "name": "GPT Image 2.5 Sunburst", "status": "active", "released": "2026-09-08", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [{ "id": "gpt-image-2-5-sunburst", "via": ["venice"], "source": "https://docs.venice.ai/models/gpt-image-2-5-sunburst" }, { "id": "openai/gpt-image-2.5-sunburst", "via": ["openrouter", "comfy"], "source": "https://openrouter.ai/openai/gpt-image-2.5-sunburst/llms.txt", "note": "also on the page of comfy: https://docs.comfy.org/catalog/models/openai/gpt-image-2-5-sunburst" }], "source": "https://developers.openai.com/api/docs/changelog.md?entry=2026-09-08-3922e216050f6857", "checked": "2026-11-30", "confirmed": true, "note": "Same changelog entry (bg). OpenAI's dall-e-2/dall-e-3/gpt-image-1 pages recommend it. Venice: 'available on the Venice API as gpt-image-2-5-sunburst'. OpenRouter llms.txt: 'OpenRouter APIs - OpenAI: GPT Image 2.5 Sunburst (openai/gpt-image-2.5-sunburst)'. Comfy catalog: 'Model ID: openai/gpt-image-2.5-sunburst'. Vercel page for sunburst cited only by third-party code (S) - not added. Dated snapshot -2026-09-08 reseller-only, left out." }, { "id": "gpt-image-2.6-flare", "provider": "openai", "name": "GPT Image 2.6 Flare", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [{ "id": "openai/gpt-image-2.6-flare", "via": ["comfy"], "source": "https://docs.comfy.org/zh/development/comfy-router/models/openai/gpt-image-2-6-flare/code.md" }], "source": "https://developers.openai.com/api/docs/deprecations?translationFallback=zh-Hans", "checked": "2026-11-30", "confirmed": true, "note": "The id is named by OpenAI only as a recommended replacement in the deprecations table ('gpt-image-2.6-sunburst or gpt-image-2.6-flare'); no OpenAI model page, changelog entry or SDK entry for 2.6-flare was found. Release 2026-11-04 is secondary only (bg: APIYI, muapi; CometAPI discussion 2026-11-05 'GPT Image 2.6 Flare and GPT Image 2.6 Sunburst are now available on CometAPI') - not set. No dated snapshot anywhere. Comfy: 'Model ID: openai/gpt-image-2.6-flare'." }, { "id": "gpt-image-2.6-sunburst", "provider": "openai", "name": "GPT Image 2.6 Sunburst", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [{ "id": "openai/gpt-image-2.6-sunburst", "via": ["vercel-ai-gateway"], "source": "https://vercel.com/ai-gateway/models/gpt-image-2.6-sunburst.md" }, { "id": "gpt-image-2-6-sunburst", "via": ["venice"], "source": "https://docs.venice.ai/it/models/gpt-image-2-6-sunburst" }], "source": "https://developers.openai.com/ja-JP/api/docs/models/gpt-image-2.6-sunburst", "checked": "2026-11-30", "confirmed": true, "note": "(bg) OpenAI model page (ja-JP; also de-DE, es-419, pt-BR, ko-KR): 'GPT Image 2.6 Sunburst \u306F\u3001\u5165\u529B\u3055\u308C\u305F\u30C6\u30AD\u30B9\u30C8\u3084\u753B\u50CF\u3092\u3082\u3068\u306B\u753B\u50CF\u3092\u751F\u6210\u30FB\u7DE8\u96C6\u3057\u307E\u3059\u3002'; snapshot list shows only gpt-image-2.6-sunburst. Vercel: 'Model ID: openai/gpt-image-2.6-sunburst'. Venice: 'disponibile sulla Venice API come gpt-image-2-6-sunburst'. Comfy openai/gpt-image-2.6-sunburst per bg (URL not re-read). Release 2026-11-04 secondary only - not set." }, { "id": "gpt-image-2", "provider": "azure-openai", "name": "GPT-image-2", "status": "active", "released": "2026-04-21", "shutdown": "2027-10-21", "replacement": null, "snapshots": [], "aliases": [], "source": "https://learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule", "checked": "2026-11-30", "confirmed": true, "note": "Schedule (ms.date 2026-09-02): '| gpt-image-2 | 2026-04-21 | GA | 2027-10-21 | \u2014 |'. Conflict: the include file concepts-model-retirement-schedule-content.md (ms.date 07/07/2026) said retirement 2027-04-21; the later-dated copy is used. shutdown = Azure's scheduled retirement for a GA model, not a deprecation notice. Version 2026-04-21 also on https://ai.azure.com/catalog/models/gpt-image-2; GA per Foundry blog Apr 21, 2026 and the how-to (ms.date 04/17/2026: 'GPT-image-2 is generally available (GA)')." }, { "id": "gpt-image-1.5", "provider": "azure-openai", "name": "GPT-image-1.5", "status": "active", "released": "2025-12-16", "shutdown": "2027-06-16", "replacement": null, "snapshots": [], "aliases": [], "source": "https://learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule", "checked": "2026-11-30", "confirmed": true, "note": "Schedule (ms.date 2026-09-02): '| gpt-image-1.5 | 2025-12-16 | GA | 2027-06-16 | \u2014 |'. Conflicts: include ms.date 07/07/2026 said 'GA | 2026-12-16'; older azure-ai-docs retirement table (ms.date 12/16/2025) said 'Preview | No earlier than December 16, 2026'. Later-dated copy used. Unlike OpenAI (shutdown 2026-12-01), Azure keeps it past Dec 2026. Limited access ('Apply for GPT-image-1.5 access') per how-to ms.date 04/17/2026." }, { "id": "gpt-image-1-mini", "provider": "azure-openai", "name": "GPT-image-1-mini", "status": "active", "released": "2025-10-06", "shutdown": "2027-04-07", "replacement": null, "snapshots": [], "aliases": [], "source": "https://learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule", "checked": "2026-11-30", "confirmed": true, "note": "Schedule (ms.date 2026-09-02): '| gpt-image-1-mini | 2025-10-06 | GA | 2027-04-07 | \u2014 |'; same date in include ms.date 07/07/2026 and in the older table (ms.date 12/16/2025: 'Generally Available | 2026-10-06 | 2027-04-07', i.e. deprecation/no new customers from 2026-10-06). Unlike OpenAI (shutdown 2026-12-01)." }, { "id": "gpt-image-1", "provider": "azure-openai", "name": "GPT-image-1", "status": "shutdown", "released": "2025-04-15", "shutdown": "2026-10-23", "replacement": "gpt-image-1-mini", "snapshots": [], "aliases": [], "source": "https://learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule", "checked": "2026-11-30", "confirmed": true, "note": "Schedule (ms.date 2026-09-02) and include (ms.date 07/07/2026): '| gpt-image-1 | 2025-04-15 | Preview | 2026-10-23 | \u2014 |' -> retired as of 2026-11-30 (not seen as 'Retired' in a post-October copy). Replacement from the older table (ms.date 12/16/2025: 'No earlier than 2026-03-31 | gpt-image-1-mini'); newer copies list none. Azure lifecycle page: retired models answer '410 Gone' (learn.microsoft.com/ja-jp/azure/foundry/openai/concepts/model-retirements)." }, { "id": "dall-e-3", "provider": "azure-openai", "name": "DALL-E 3", "status": "shutdown", "shutdown": "2026-03-04", "replacement": "gpt-image-1-mini", "snapshots": [], "aliases": [], "source": "https://github.com/MicrosoftDocs/azure-ai-docs/blob/main/articles/foundry/openai/includes/dall-e-retirement.md", "checked": "2026-11-30", "confirmed": true, "note": "Include (ms.date 03/18/2026): 'The DALL-E image generation model dall-e-3 was retired on March 4, 2026 ... Existing deployments are non-functional. Use gpt-image-1 or gpt-image-1.5'. Resolves the background conflict (two copies of includes/retirement/models.md, ms.date 12/16/2025, said 2026-02-18 vs 2026-03-04): the later, past-tense statement says 2026-03-04. Replacement conflict: that table said gpt-image-1-mini; the 03/18 include says gpt-image-1 or gpt-image-1.5. Chose gpt-image-1-mini because Azure gpt-image-1 itself retired 2026-10-23." }, { "id": "dall-e-2", "provider": "azure-openai", "name": "DALL-E 2", "status": "shutdown", "shutdown": "2025-01-27", "replacement": "gpt-image-1", "snapshots": [], "aliases": [], "source": "https://github.com/MicrosoftDocs/azure-ai-docs/blob/main/articles/foundry/openai/includes/concepts-retired-models-content.md", "checked": "2026-11-30", "confirmed": true, "note": "Retired-models include (ms.date 04/23/2026): '| dall-e-2 | | January 27, 2025 | gpt-image-1 |'. Conflict: legacy-models page (https://learn.microsoft.com/en-us/azure/ai-foundry/openai/concepts/legacy-models; bg ms.date 02/12/2026) suggests 'dalle-3'. Later copy used; note that gpt-image-1 is itself retired on Azure (2026-10-23), so the effective successor is gpt-image-1-mini / gpt-image-1.5 / gpt-image-2." }, { "id": "gemini-nano-banana-2.1", "provider": "google", "name": "Nano Banana 2.1", "status": "active", "released": "2026-10-06", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [], "source": "https://ai.google.dev/gemini-api/docs/changelog?authuser=29&hl=zh-cn", "checked": "2026-11-30", "confirmed": true, "note": "Changelog 2026-10-06 (zh-cn and it copies): 'Gemini Nano Banana 2.1 \u6B63\u5F0F\u7248 (GA):\u53D1\u5E03\u4E86 Gemini Nano Banana 2.1 (gemini-nano-banana-2.1)' \u2014 described as the updated version of Nano Banana 2 (gemini-3.1-flash-image). Aggregator ids seen only in background notes / third-party code (vertexai/gemini-nano-banana-2.1 Comfy, google/gemini-nano-banana-2-1 inference.sh) \u2014 not re-read, left out." }, { "id": "gemini-3.1-flash-image", "provider": "google", "name": "Gemini 3.1 Flash Image (Nano Banana 2)", "status": "deprecated", "released": "2026-05-28", "shutdown": null, "replacement": "gemini-nano-banana-2.1", "snapshots": [], "aliases": [{ "id": "fal-ai/nano-banana-2", "via": ["fal"], "source": "https://fal.ai/docs/model-api-reference/image-generation-api/nano-banana-2" }], "source": "https://ai.google.dev/gemini-api/docs/changelog?authuser=29&hl=zh-cn", "checked": "2026-11-30", "confirmed": true, "note": "Changelog 2026-10-06: '\u5F03\u7528\u516C\u544A: gemini-3.1-flash-image \u6A21\u578B\u5DF2\u5F03\u7528(\u5C1A\u672A\u516C\u5E03\u5173\u505C\u65E5\u671F)\u3002\u8FC1\u79FB\u5230 gemini-nano-banana-2.1\u3002' (deprecated, no shutdown date announced). GA 2026-05-28 (changelog pt/id/ru copies; deprecations page 'May 28, 2026 \xB7 No shutdown date announced'). Vertex model page also lists Model ID gemini-3.1-flash-image, GA, release May 28 2026 (docs.cloud.google.com/vertex-ai/generative-ai/docs/models/gemini/3-1-flash-image). fal page: 'Endpoint ID: fal-ai/nano-banana-2' described as 'Google's Gemini 3.1 Flash Image architecture' (fal does not say preview vs GA); edit route fal-ai/nano-banana-2/edit. Conflict: skills.sh/jpcaparas (S) claims shutdown 2026-10-29 \u2014 not in any Google copy read. Vercel id google/gemini-3.1-flash-image seen only on whichllm.io (S), not on vercel.com." }, { "id": "gemini-3-pro-image", "provider": "google", "name": "Gemini 3 Pro Image (Nano Banana Pro)", "status": "active", "released": "2026-05-28", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [], "source": "https://ai.google.dev/gemini-api/docs/deprecations?authuser=10", "checked": "2026-11-30", "confirmed": true, "note": "Latest deprecations copy read (lists gemini-3.8 models, so post-Sep 2026): 'gemini-3-pro-image May 28, 2026 No shutdown date announced'. GA announced in changelog 2026-05-28 ('Lan\xE7amos o gemini-3.1-flash-image (Nano Banana 2) e o gemini-3-pro-image (Nano Banana Pro)'). Firebase migration names it the Imagen 4 Ultra replacement." }, { "id": "gemini-3.1-flash-lite-image", "provider": "google", "name": "Gemini 3.1 Flash Lite Image (Nano Banana 2 Lite)", "status": "active", "released": "2026-06-30", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [], "source": "https://ai.google.dev/gemini-api/docs/changelog?authuser=00&hl=zh-cn", "checked": "2026-11-30", "confirmed": true, "note": "Changelog 2026-06-30: '\u53D1\u5E03\u4E86 gemini-3.1-flash-lite-image(Nano Banana 2 Lite),\u8FD9\u6B3E\u5185\u7F6E\u7684\u591A\u6A21\u6001\u6A21\u578B\u5DF2\u6B63\u5F0F\u53D1\u5E03 (GA)'. No deprecation seen." }, { "id": "gemini-3.1-flash-image-preview", "provider": "google", "name": "Gemini 3.1 Flash Image Preview (Nano Banana 2)", "status": "shutdown", "released": "2026-02-26", "shutdown": "2026-06-25", "replacement": "gemini-3.1-flash-image", "snapshots": [], "aliases": [{ "id": "google/gemini-3.1-flash-image-preview", "via": ["vercel-ai-gateway"], "source": "https://vercel.com/ai-gateway/models/google/gemini-3.1-flash-image-preview" }], "source": "https://ai.google.dev/gemini-api/docs/deprecations?authuser=0&hl=en", "checked": "2026-11-30", "confirmed": true, "note": "Deprecations: 'gemini-3.1-flash-image-preview February 26, 2026 June 25, 2026 gemini-3.1-flash-image'; changelog 2026-05-28 'ser\xE3o desativados em 25 de junho de 2026'. Vertex has its own date: proxied copy of cloud.google.com/gemini-enterprise-agent-platform/models/gemini/3-1-flash-image-preview shows 'Discontinuation date: July 17, 2026' (proxy host, P-mirror). Vercel page shows model 'google/gemini-3.1-flash-image-preview' (release 02/26/2026). OpenRouter id google/gemini-3.1-flash-image-preview seen only on a mirror host (openrouter.onee.io), not openrouter.ai \u2014 not listed as alias." }, { "id": "gemini-3-pro-image-preview", "provider": "google", "name": "Gemini 3 Pro Image Preview (Nano Banana Pro)", "status": "shutdown", "released": "2025-11-20", "shutdown": "2026-06-25", "replacement": "gemini-3-pro-image", "snapshots": [], "aliases": [{ "id": "vertex_ai/gemini-3-pro-image-preview", "via": ["litellm"], "source": "https://docs.litellm.ai/docs/providers/vertex_image" }], "source": "https://ai.google.dev/gemini-api/docs/deprecations?authuser=0&hl=en", "checked": "2026-11-30", "confirmed": true, "note": "Deprecations: 'gemini-3-pro-image-preview November 20, 2025 June 25, 2026 gemini-3-pro-image'. LiteLLM Vertex image docs (last_updated 2026-10-06) example model='vertex_ai/gemini-3-pro-image-preview' (LiteLLM docs not yet updated for the shutdown)." }, { "id": "gemini-2.5-flash-image", "provider": "google", "name": "Gemini 2.5 Flash Image (Nano Banana)", "status": "shutdown", "released": "2025-10-02", "shutdown": "2026-10-02", "replacement": "gemini-3.1-flash-image", "snapshots": [], "aliases": [{ "id": "vertex_ai/gemini-2.5-flash-image", "via": ["litellm"], "source": "https://docs.litellm.ai/docs/providers/vertex_image" }], "source": "https://ai.google.dev/gemini-api/docs/deprecations", "checked": "2026-11-30", "confirmed": true, "note": "Deprecations: 'gemini-2.5-flash-image October 2, 2025 October 2, 2026' with page note 'shutdown dates \u2026 indicate the earliest possible dates'; older copies say 'Earliest October 2026'. Firebase banner (last updated 2026-08-02, firebase.google.com/docs/ai-logic/locations?authuser=8&hl=vi): 'Gemini 2.5 models will shut down in October 2026 \u2026 update to a newer model (like gemini-3.6-flash or gemini-3.1-flash-image)' \u2014 source of the replacement. No Google page read states the shutdown actually happened; status shutdown is inferred from the announced October 2026 date. Conflict: dev.to/akaranjkar08 and CometAPI (S) name gemini-3.1-flash-image-preview (itself shut down 2026-06-25) as replacement; Vertex Imagen pages name gemini-2.5-flash-image as the Imagen replacement (older copies). Vercel id google/gemini-2.5-flash-image per background notes (no URL re-read)." }, { "id": "gemini-2.5-flash-image-preview", "provider": "google", "name": "Gemini 2.5 Flash Image Preview", "status": "shutdown", "shutdown": "2026-01-15", "replacement": null, "snapshots": [], "aliases": [{ "id": "gemini/gemini-2.5-flash-image-preview", "via": ["litellm"], "source": "https://docs.litellm.ai/docs/completion/image_generation_chat" }], "source": "https://ai.google.dev/docs/changelog", "checked": "2026-11-30", "confirmed": true, "note": "Changelog January 15, 2026: 'The gemini-2.5-flash-image-preview has been shut down.' (exact first day off may be earlier; 2026-01-15 is the announcement date). LiteLLM chat image-gen docs still show model: gemini/gemini-2.5-flash-image-preview." }, { "id": "imagen-4.0-generate-001", "provider": "google", "name": "Imagen 4", "status": "shutdown", "released": "2025-06-24", "shutdown": "2026-08-17", "replacement": "gemini-nano-banana-2.1", "snapshots": [], "aliases": [{ "id": "google/imagen-4.0-generate-001", "via": ["vercel-ai-gateway"], "source": "https://vercel.com/ai-gateway/models/imagen-4.0-generate-001" }], "source": "https://firebase.google.com/docs/ai-logic/imagen-models-migration.md.txt", "checked": "2026-11-30", "confirmed": true, "note": "Changelog 2026-06-15: imagen-4.0-generate-001/-ultra-/-fast- '\u5C06\u88AB\u5F03\u7528,\u5E76\u5C06\u4E8E 2026 \u5E74 8 \u6708 17 \u65E5\u5173\u95ED'. Firebase migration: 'All Imagen models shut down on August 17, 2026 \u2026 across Google and for both the Gemini Developer API and Agent Platform Gemini API (formerly Vertex AI)'; replacement gemini-nano-banana-2.1 (thinking HIGH) per background notes. Conflicts: older Firebase banners said 'June 24, 2026' (superseded); Vertex Imagen 4 page (proxied copy) lists the id under 'Discontinued endpoints' \u2192 gemini-2.5-flash-image ('before June 30, 2026'). ai.google.dev/gemini-api/docs/imagen: 'now shut down'. Release 2025-06-24 only from yet-another-changelog.ai (S). Same id served on Vertex; Google says the Aug 17 shutdown covers both." }, { "id": "imagen-4.0-ultra-generate-001", "provider": "google", "name": "Imagen 4 Ultra", "status": "shutdown", "shutdown": "2026-08-17", "replacement": "gemini-3-pro-image", "snapshots": [], "aliases": [], "source": "https://firebase.google.com/docs/ai-logic/imagen-models-migration.md.txt", "checked": "2026-11-30", "confirmed": true, "note": "Same sources as imagen-4.0-generate-001 (changelog 2026-06-15 + Firebase migration). Replacement gemini-3-pro-image per Firebase migration (background notes). Vertex page lists gemini-2.5-flash-image as migration target (older copy). Vercel id google/imagen-4.0-ultra-generate-001 only mentioned in passing on the imagen-4.0-generate-001 Vercel page." }, { "id": "imagen-4.0-fast-generate-001", "provider": "google", "name": "Imagen 4 Fast", "status": "shutdown", "shutdown": "2026-08-17", "replacement": "gemini-nano-banana-2.1", "snapshots": [], "aliases": [], "source": "https://firebase.google.com/docs/ai-logic/imagen-models-migration.md.txt", "checked": "2026-11-30", "confirmed": true, "note": "Same sources as imagen-4.0-generate-001. Replacement gemini-nano-banana-2.1 (thinking MINIMAL) per Firebase migration (background notes); Vertex page says gemini-2.5-flash-image (older copy). Vercel id google/imagen-4.0-fast-generate-001 only mentioned in passing on another Vercel page." }, { "id": "imagen-4.0-generate-preview-06-06", "provider": "google", "name": "Imagen 4 Preview", "status": "shutdown", "shutdown": "2026-02-17", "replacement": "imagen-4.0-generate-001", "snapshots": [], "aliases": [], "source": "https://ai.google.dev/gemini-api/docs/changelog?hl=pt-br", "checked": "2026-11-30", "confirmed": true, "note": "Changelog 2026-01-15: will be shut down February 17, 2026; 2026-02-17 'Os seguintes modelos foram desativados: \u2026 imagen-4.0-generate-preview-06-06 imagen-4.0-ultra-generate-preview-06-06'. On Vertex the preview ids were removed earlier, 2025-11-30 (cloud.google.com/vertex-ai/generative-ai/docs/deprecations?hl=ja). Replacement (imagen-4.0-generate-001) was itself shut down 2026-08-17." }, { "id": "imagen-4.0-ultra-generate-preview-06-06", "provider": "google", "name": "Imagen 4 Ultra Preview", "status": "shutdown", "shutdown": "2026-02-17", "replacement": "imagen-4.0-ultra-generate-001", "snapshots": [], "aliases": [], "source": "https://ai.google.dev/gemini-api/docs/changelog?hl=pt-br", "checked": "2026-11-30", "confirmed": true, "note": "As imagen-4.0-generate-preview-06-06. Vertex removed it 2025-11-30 (Vertex deprecations ja copy)." }, { "id": "imagen-3.0-generate-002", "provider": "google", "name": "Imagen 3", "status": "shutdown", "released": "2025-02-06", "shutdown": "2025-11-10", "replacement": "imagen-4.0-generate-001", "snapshots": [], "aliases": [], "source": "https://ai.google.dev/gemini-api/docs/deprecations?hl=zh-TW", "checked": "2026-11-30", "confirmed": true, "note": "Gemini API deprecations (zh-TW copy, last updated 2025-12-12), 'Imagen 3 \u6A21\u578B' table: 'imagen-3.0-generate-002 | 2025 \u5E74 2 \u6708 6 \u65E5 | 2025 \u5E74 11 \u6708 10 \u65E5 | imagen-4.0-generate-001'. On Vertex the same id has its own lifecycle (see google-vertex entry)." }, { "id": "imagen-3.0-generate-002", "provider": "google-vertex", "name": "Imagen 3 (Vertex AI)", "status": "shutdown", "released": "2025-01-29", "shutdown": "2026-06-30", "replacement": "gemini-2.5-flash-image", "snapshots": [], "aliases": [], "source": "https://clouddocs-dot-devsite-v2-prod.appspot.com/vertex-ai/generative-ai/docs/models/imagen/3-0-generate", "checked": "2026-11-30", "confirmed": true, "note": "Vertex Imagen 3 model page (Google devsite host): 'imagen-3.0-generate-002 Launch stage: GA Release date: January 29, 2025 Discontinuation date: June 30, 2026'; caution table 'Discontinued endpoints \u2026 imagen-3.0-generate-002 \u2192 gemini-2.5-flash-image'. Conflict: Firebase migration says all Imagen models (incl. Agent Platform/Vertex) shut down August 17, 2026; dev.to (S) says Vertex hard shutdown Aug 17. Either way shut down by 2026-11-30. Replacement gemini-2.5-flash-image is itself shut down (Oct 2026)." }, { "id": "imagen-3.0-generate-001", "provider": "google-vertex", "name": "Imagen 3 (Vertex AI)", "status": "shutdown", "released": "2024-12-10", "shutdown": "2026-06-30", "replacement": "gemini-2.5-flash-image", "snapshots": [], "aliases": [], "source": "https://clouddocs-dot-devsite-v2-prod.appspot.com/vertex-ai/generative-ai/docs/models/imagen/3-0-generate", "checked": "2026-11-30", "confirmed": true, "note": "Same page: 'imagen-3.0-generate-001 Launch stage: GA Release date: December 10, 2024 Discontinuation date: June 30, 2026'. Same Aug-17 conflict as imagen-3.0-generate-002 (google-vertex)." }, { "id": "imagen-3.0-fast-generate-001", "provider": "google-vertex", "name": "Imagen 3 Fast (Vertex AI)", "status": "shutdown", "released": "2024-12-10", "shutdown": "2026-06-30", "replacement": "gemini-2.5-flash-image", "snapshots": [], "aliases": [], "source": "https://clouddocs-dot-devsite-v2-prod.appspot.com/vertex-ai/generative-ai/docs/models/imagen/3-0-generate", "checked": "2026-11-30", "confirmed": true, "note": "Same page: 'imagen-3.0-fast-generate-001 Launch stage: GA Release date: December 10, 2024 Discontinuation date: June 30, 2026'. Same Aug-17 conflict." }, { "id": "imagen-3.0-capability-001", "provider": "google-vertex", "name": "Imagen 3 Customization and Editing", "status": "shutdown", "shutdown": "2026-06-30", "replacement": "gemini-2.5-flash-image", "snapshots": [], "aliases": [], "source": "https://clouddocs-dot-devsite-v2-prod.appspot.com/vertex-ai/generative-ai/docs/models/imagen/3-0-generate", "checked": "2026-11-30", "confirmed": true, "note": "Vertex caution table: 'imagen-3.0-capability-001 \u2192 gemini-2.5-flash-image', 'recommend updating your model endpoints before June 30, 2026'. Exact discontinuation line for capability-001 was cut off in the excerpt; 2026-06-30 is the table's deadline, and Firebase says all Imagen models shut down 2026-08-17 \u2014 conflict. Replacement conflict: background notes (Firebase migration) name gemini-nano-banana-2.1; Vertex table names gemini-2.5-flash-image (itself shut down). Listed on Vertex model-versioning page as 'Imagen 3 Customization and Editing'. imagen-3.0-capability-002 is also in the discontinued table (not given its own entry)." }, { "id": "imagegeneration@006", "provider": "google-vertex", "name": "Imagen 2 (v.006)", "status": "shutdown", "shutdown": "2025-09-24", "replacement": "imagen-3.0-generate-002", "snapshots": [], "aliases": [], "source": "https://cloud.google.com/vertex-ai/generative-ai/docs/deprecations?hl=ja", "checked": "2026-11-30", "confirmed": true, "note": "Vertex deprecations (ja): Imagen 1/2 deprecated 2025-06-24, '2025 \u5E74 9 \u6708 24 \u65E5\u3092\u3082\u3063\u3066 \u2026 Imagen 2 \u30E2\u30C7\u30EB imagegeneration@005 imagegeneration@006' removed; migrate to Imagen 3 (migrate-to-imagen-3 page recommends imagen-3.0-generate-002 or imagen-3.0-capability-001 by workload). Later Vertex pages list it under Discontinued endpoints \u2192 gemini-2.5-flash-image." }, { "id": "imagegeneration@005", "provider": "google-vertex", "name": "Imagen 2 (v.005)", "status": "shutdown", "shutdown": "2025-09-24", "replacement": "imagen-3.0-generate-002", "snapshots": [], "aliases": [], "source": "https://cloud.google.com/vertex-ai/generative-ai/docs/deprecations?hl=ja", "checked": "2026-11-30", "confirmed": true, "note": "As imagegeneration@006." }, { "id": "imagegeneration@002", "provider": "google-vertex", "name": "Imagen (v.002)", "status": "shutdown", "shutdown": "2025-09-24", "replacement": "imagen-3.0-generate-002", "snapshots": [], "aliases": [], "source": "https://cloud.google.com/vertex-ai/generative-ai/docs/deprecations?hl=ja", "checked": "2026-11-30", "confirmed": true, "note": "Vertex deprecations (ja): 'Imagen 1 \u30E2\u30C7\u30EB imagegeneration@002' removed 2025-09-24. imagegeneration@003/@004 appear only in the later 'Discontinued endpoints' table (no dates) \u2014 not given entries." }, { "id": "grok-imagine-image-2.0", "provider": "xai", "name": "Grok Imagine Image 2.0", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [{ "id": "xai/grok-imagine-image-2.0", "via": ["comfy"], "source": "https://docs.comfy.org/zh/development/comfy-router/models/xai/grok-imagine-image-2-0/code" }], "source": "https://docs.x.ai/release-notes.md", "checked": "2026-11-30", "confirmed": true, "note": "xAI release notes, August [2026]: 'The quality parameter on grok-imagine-image-2.0 now accepts auto \u2026 default \u2026 moved from medium to auto'; Nov-2 migration page: grok-imagine-image-2.0 now serves grok-imagine-image-quality requests. Release date not found on an xAI page (@ai-sdk/xai 5.0.15 'add grok-imagine-image-2.0 image model id', date not shown). Comfy Router: '\u6A21\u578B ID: xai/grok-imagine-image-2.0'." }, { "id": "grok-imagine-image", "provider": "xai", "name": "Grok Imagine Image (1.0)", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [{ "id": "xai/grok-imagine-image", "via": ["vercel-ai-gateway", "replicate"], "source": "https://vercel.com/ai-gateway/models/grok-imagine-image/similar", "note": "also on the page of replicate: https://replicate.com/xai/grok-imagine-image/versions/a41e0f0c729fe79c825e3f3f2702cf3638f920a083ffd6dc6399dab5453aea81/api" }], "source": "https://docs.x.ai/developers/migration/imagine-image-quality-nov-2.md", "checked": "2026-11-30", "confirmed": true, "note": "xAI Nov-2 migration page: '`grok-imagine-image` (1.0) is not affected by this change.' No xAI retirement notice seen. Vercel: model 'xai/grok-imagine-image'; Replicate page replicate.com/xai/grok-imagine-image (version a41e0f0c) also uses xai/grok-imagine-image. Reseller LaoZhang withdrew it on its OWN platform 2026-10-30 (docs.laozhang.ai, S) \u2014 not an xAI retirement." }, { "id": "grok-imagine-image-quality", "provider": "xai", "name": "Grok Imagine Image Quality", "status": "shutdown", "shutdown": "2026-11-02", "replacement": "grok-imagine-image-2.0", "snapshots": [], "aliases": [], "source": "https://docs.x.ai/developers/migration/imagine-image-quality-nov-2", "checked": "2026-11-30", "confirmed": true, "note": "'Effective November 2, 2026, the grok-imagine-image-quality model slug is retired from the xAI API. Its 60-day notice period began on September 2, 2026. After November 2, 2026, requests to grok-imagine-image-quality are served by grok-imagine-image-2.0 with quality set to low. The slug continues to resolve.' So the id still answers (redirected) \u2014 status shutdown = retired slug, not an error. Venice/OpenClaw use xai/\u2026 and x-ai/\u2026 forms in third-party code (S)." }, { "id": "grok-imagine-image-pro", "provider": "xai", "name": "Grok Imagine Image Pro", "status": "shutdown", "shutdown": "2026-05-15", "replacement": "grok-imagine-image-2.0", "snapshots": [], "aliases": [], "source": "https://docs.x.ai/docs/migration/may-15-retirement", "checked": "2026-11-30", "confirmed": true, "note": "'Effective May 15, 2026 at 12:00pm PT \u2026 grok-imagine-image-pro' retired. Copies disagree on replacement: docs.x.ai/docs/migration/may-15-retirement says 'grok-imagine-image-pro \u2192 grok-imagine-image-quality'; docs.x.ai/developers/migration/may-15-retirement.md says '\u2192 grok-imagine-image'. Nov-2 page: pro requests 'already redirect to grok-imagine-image-quality, follow it to grok-imagine-image-2.0 at low' \u2014 chosen replacement grok-imagine-image-2.0 (the current effective target)." }, { "id": "amazon.nova-canvas-v1:0", "provider": "amazon-bedrock", "name": "Amazon Nova Canvas", "status": "shutdown", "shutdown": "2026-09-30", "replacement": null, "snapshots": [], "aliases": [{ "id": "bedrock/amazon.nova-canvas-v1:0", "via": ["litellm"], "source": "https://docs.litellm.ai/docs/providers/bedrock_image_gen" }], "source": "https://www.skills.sh/calesthio/generative-media-skills/amazon-nova-canvas", "checked": "2026-11-30", "confirmed": false, "note": "Secondary only: skills.sh skill 'As verified on 2026-07-09, AWS lists amazon.nova-canvas-v1:0 as Legacy \u2026 end-of-life date of 2026-09-30'; api-evangelist/amazon-nova lifecycle.yml (generated 2026-09-01, transcribing AWS model-lifecycle page) 'legacy_date 2026-03-30, eol_date 2026-09-30'. No AWS page with the row was retrieved (AWS model-lifecycle pages came back without the table). Bedrock rule (P, model-lifecycle): after EOL requests fail; public extended access possible for EOL dates after 2026-02-01. No AWS-named replacement (api-evangelist calls Nova 2 'the forward path')." }, { "id": "amazon.titan-image-generator-v2:0", "provider": "amazon-bedrock", "name": "Titan Image Generator G1 v2", "status": "shutdown", "released": "2023-11-29", "shutdown": "2026-06-30", "replacement": null, "snapshots": [], "aliases": [{ "id": "bedrock/amazon.titan-image-generator-v2:0", "via": ["litellm"], "source": "https://docs.litellm.ai/docs/providers/bedrock_image_gen" }], "source": "https://docs---aws.amazon.com.rproxy.govskope.ca/bedrock/latest/userguide/model-card-amazon-titan-image-generator-g1-v2.html", "checked": "2026-11-30", "confirmed": true, "note": "AWS model card (P-mirror proxy host): 'Model launch date: Nov 29, 2023 \xB7 Model EOL date: June 30, 2026 \xB7 Model lifecycle: Legacy'. The launch date shown is odd for v2 (looks like the G1 v1 launch) \u2014 kept as shown. No replacement named." }, { "id": "stability.sd3-5-large-v1:0", "provider": "amazon-bedrock", "name": "Stable Diffusion 3.5 Large (Bedrock)", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [], "source": "https://docs---aws.amazon.com.rproxy.govskope.ca/bedrock/latest/userguide/model-parameters-diffusion-3-5-large.html", "checked": "2026-11-30", "confirmed": false, "note": "AWS page (P-mirror) documents 'Stability.ai Stable Diffusion 3.5 Large' request/response for InvokeModel but the excerpt did not show the model id string; the id stability.sd3-5-large-v1:0 comes from sebsto/swift-bedrock-library 1.12.0 release notes (S): 'BedrockModel.sd3_5_large \u2192 stability.sd3-5-large-v1:0 \u2026 available in us-west-2'. AWS Stability page: 'Support for all other Stability AI models is being deprecated' (zh_tw copy) \u2014 status active assumed from it being in the supported list; no lifecycle row read." }, { "id": "stability.stable-image-ultra-v1:1", "provider": "amazon-bedrock", "name": "Stable Image Ultra (Bedrock)", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [], "source": "https://github.com/sebsto/swift-bedrock-library/releases/tag/1.12.0", "checked": "2026-11-30", "confirmed": false, "note": "Id from third-party library release (S): 'BedrockModel.stable_image_ultra \u2192 stability.stable-image-ultra-v1:1'. AWS Stability models page lists 'Stable Image Ultra' as a supported model (P, zh_tw copy) but the id was not visible in the excerpt. No lifecycle row read." }, { "id": "stability.stable-image-core-v1:1", "provider": "amazon-bedrock", "name": "Stable Image Core (Bedrock)", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [], "source": "https://github.com/sebsto/swift-bedrock-library/releases/tag/1.12.0", "checked": "2026-11-30", "confirmed": false, "note": "Id from third-party library release (S): 'BedrockModel.stable_image_core \u2192 stability.stable-image-core-v1:1'. Not seen on an AWS page. No lifecycle row read." }, { "id": "amazon.nova-2-omni-v1:0", "provider": "amazon-bedrock", "name": "Amazon Nova 2 Omni", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [], "source": "https://docs.aws.amazon.com/nova/", "checked": "2026-11-30", "confirmed": false, "note": "AWS (P) confirms the model exists: 'Nova 2.0 Omni (multimodal understanding and generation)'. The id is third-party only (find_string, public repos): 'amazon.nova-2-omni-v1:0' (model catalog), inference profiles 'us.amazon.nova-2-omni-v1:0' / 'global.amazon.nova-2-omni-v1:0'; another repo lists a preview id 'amazon.nova-2-omni-preview-20251202-v1:0'. Ids conflict; none read on an AWS page. Called 'Preview' in several of those repos." }, { "id": "image4_standard", "provider": "adobe-firefly", "name": "Firefly Image Model 4", "status": "active", "released": "2025-04-29", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [], "source": "https://developer.adobe.com/firefly-services/docs/firefly-api/guides/changelog", "checked": "2026-11-30", "confirmed": true, "note": "Not a body 'model' field: value of the x-model-version header on POST https://firefly-api.adobe.io/v3/images/generate-async. Adobe Experience League tutorial (read as a stored Swedish copy of experienceleague.adobe.com/\u2026/platform-learn/tutorial-one-adobe/production/crpr1/ex1, find_string id 27664891590): 'x-model-version \u2026 ett obligatoriskt huvud \u2026 f\xF6r Firefly Image 4 och Image 4 Ultra \u2026 antingen image4_standard eller image4_ultra \u2026 Om du inte anger x-model-version \u2026 anv\xE4nder Firefly Services image3 som standard.' Adobe changelog: 'April 29, 2025 \u2026 New Image Model 4'. Third-party clients enumerate image3, image3_custom, image4_standard, image4_ultra, image4_custom (S). No deprecation seen." }, { "id": "image4_ultra", "provider": "adobe-firefly", "name": "Firefly Image Model 4 Ultra", "status": "active", "released": "2025-04-29", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [], "source": "https://developer.adobe.com/firefly-services/docs/firefly-api/guides/changelog", "checked": "2026-11-30", "confirmed": true, "note": "x-model-version header value (same tutorial as image4_standard; Ultra generates 1 image per request). Image Model 4 launch 2025-04-29 per Adobe changelog; Ultra's own date not stated. Adobe's newer Image5 Generate Image API has NO model id: migration guide (developer.adobe.com/\u2026/cm-generate-image/breaking-changes) lists 'modelVersion - No version selection in the API' among removed fields." }, { "id": "flux-2-pro", "provider": "bfl", "name": "FLUX.2 [pro]", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [{ "id": "fal-ai/flux-2-pro", "via": ["fal"], "source": "https://fal.ai/docs/model-api-reference/image-generation-api/flux-2-pro" }, { "id": "black-forest-labs/flux-2-pro", "via": ["replicate"], "source": "https://replicate.com/black-forest-labs/flux-2-pro" }, { "id": "black-forest-labs/flux.2-pro", "via": ["openrouter"], "source": "https://openrouter.ai/black-forest-labs/flux.2-pro" }, { "id": "bfl/flux-2-pro", "via": ["vercel-ai-gateway"], "source": "https://vercel.com/ai-gateway/models/flux-2-pro/faq" }, { "id": "black-forest-labs/FLUX.2-pro", "via": ["together"], "source": "https://docs.together.ai/docs/images-overview" }, { "id": "flux2-pro", "via": ["bfl-python-sdk"], "source": "https://github.com/black-forest-labs/blackforest/blob/fef56d5cae29c029edb1d104ec1d1618b8a61b71/src/bfl/_catalog.py" }, { "id": "flux.2-pro", "via": ["bfl-python-sdk"], "source": "https://github.com/black-forest-labs/blackforest/blob/fef56d5cae29c029edb1d104ec1d1618b8a61b71/src/bfl/_catalog.py" }], "source": "https://docs.bfl.ml/quick_start/generating_images.md", "checked": "2026-11-30", "confirmed": true, "note": "BFL 'Available Endpoints': '/flux-2-pro \u2014 a fixed snapshot of FLUX.2 [pro] for workflows that require reproducibility' (endpoint POST api.bfl.ai/v1/flux-2-pro). BFL SDK _catalog.py: DEFAULT_MODEL = 'flux-2-pro'; client-side aliases flux2-pro, flux.2-pro (resolved by the SDK, not the HTTP API). OpenRouter page: 'Created Nov 25, 2025' (aggregator date, not a BFL release date)." }, { "id": "flux-2-pro-preview", "provider": "bfl", "name": "FLUX.2 [pro] (preview)", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [{ "id": "black-forest-labs/flux-2-pro-preview", "via": ["cloudflare-workers-ai"], "source": "https://developers.cloudflare.com/ai/models/black-forest-labs/flux-2-pro-preview/index.md" }], "source": "https://docs.bfl.ml/quick_start/generating_images.md", "checked": "2026-11-30", "confirmed": true, "note": "BFL: '/flux-2-pro-preview \u2014 our latest FLUX.2 [pro]'; preview endpoints 'reflect our latest advances \u2026 Choose non-preview endpoints when you need a pinned model for reproducibility' (docs.us.bfl.ai copy). A moving target, not pinned; flux-2-pro is the fixed snapshot." }, { "id": "flux-2-max", "provider": "bfl", "name": "FLUX.2 [max]", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [{ "id": "fal-ai/flux-2-max", "via": ["fal"], "source": "https://fal.ai/models/fal-ai/flux-2-max/api" }, { "id": "bfl/flux-2-max", "via": ["comfy"], "source": "https://docs.comfy.org/zh/development/comfy-router/models/black-forest-labs/flux-2-max/code" }, { "id": "black-forest-labs/FLUX.2-max", "via": ["together"], "source": "https://docs.together.ai/docs/images-overview" }, { "id": "black-forest-labs/flux.2-max", "via": ["openrouter"], "source": "https://openrouter.haiouai.com/black-forest-labs/flux.2-max" }], "source": "https://docs.bfl.ml/quick_start/generating_images.md", "checked": "2026-11-30", "confirmed": true, "note": "BFL endpoint list item 1 '/flux-2-max'; API reference 'Highest quality FLUX.2 model'. OpenRouter id read only on a mirror host (openrouter.haiouai.com, page footer '\xA9 2026 OpenRouter'), not on openrouter.ai itself." }, { "id": "flux-2-flex", "provider": "bfl", "name": "FLUX.2 [flex]", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [{ "id": "fal-ai/flux-2-flex", "via": ["fal"], "source": "https://fal.ai/models/fal-ai/flux-2-flex/api" }, { "id": "black-forest-labs/flux.2-flex", "via": ["openrouter"], "source": "https://openrouter.ai/black-forest-labs/flux.2-flex/api" }, { "id": "black-forest-labs/FLUX.2-flex", "via": ["together"], "source": "https://docs.together.ai/docs/images-overview" }], "source": "https://docs.bfl.ml/quick_start/generating_images.md", "checked": "2026-11-30", "confirmed": true, "note": "BFL endpoint '/flux-2-flex'. Vercel id 'bfl/flux-2-flex' is reported only by a secondary source (model-facts.md: via infr.sh) and is NOT listed as an alias here." }, { "id": "flux-2-klein-4b", "provider": "bfl", "name": "FLUX.2 [klein] 4B", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [{ "id": "black-forest-labs/flux.2-klein-4b", "via": ["openrouter"], "source": "https://open.vibevibe.vip/black-forest-labs/flux.2-klein-4b/api" }, { "id": "klein-4b", "via": ["bfl-python-sdk"], "source": "https://github.com/black-forest-labs/blackforest/blob/fef56d5cae29c029edb1d104ec1d1618b8a61b71/src/bfl/_catalog.py" }], "source": "https://docs.bfl.ml/api-reference/models/generate-or-edit-an-image-with-flux2-[klein-4b]", "checked": "2026-11-30", "confirmed": true, "note": "BFL API reference 'POST /v1/flux-2-klein-4b'. fal id fal-ai/flux-2-klein/4b is in model-facts.md (fal docs, P) but no fal page URL was read in this session, so it is not listed as an alias. OpenRouter id read on a mirror host only; mirror shows 'Released Jan 14, 2026' (aggregator date)." }, { "id": "flux-2-klein-9b", "provider": "bfl", "name": "FLUX.2 [klein] 9B", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [{ "id": "klein-9b", "via": ["bfl-python-sdk"], "source": "https://github.com/black-forest-labs/blackforest/blob/fef56d5cae29c029edb1d104ec1d1618b8a61b71/src/bfl/_catalog.py" }, { "id": "flux-2-klein", "via": ["bfl-python-sdk"], "source": "https://github.com/black-forest-labs/blackforest/blob/fef56d5cae29c029edb1d104ec1d1618b8a61b71/src/bfl/_catalog.py" }], "source": "https://docs.bfl.ml/quick_start/generating_images.md", "checked": "2026-11-30", "confirmed": true, "note": "BFL: '/flux-2-klein-9b \u2014 a fixed snapshot of FLUX.2 [klein] 9B for reproducibility'. SDK alias 'flux-2-klein' resolves to 9B (client-side only)." }, { "id": "flux-2-klein-9b-preview", "provider": "bfl", "name": "FLUX.2 [klein] 9B (preview)", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [], "source": "https://docs.bfl.ai/api-reference/models/generate-or-edit-an-image-with-flux2-[klein]-9b-preview", "checked": "2026-11-30", "confirmed": true, "note": "BFL: 'preview endpoint, where our latest quality and speed improvements land first. For stable production use, prefer FLUX.2 [klein] 9B (/flux-2-klein-9b)'; endpoint list: 'our latest FLUX.2 [klein] 9B with KV caching'." }, { "id": "flux-kontext-pro", "provider": "bfl", "name": "FLUX.1 Kontext [pro]", "status": "active", "shutdown": null, "replacement": ["flux-2-pro", "flux-2-flex"], "snapshots": [], "aliases": [{ "id": "fal-ai/flux-pro/kontext", "via": ["fal"], "source": "https://fal.ai/models/fal-ai/flux-pro/kontext/llms.txt" }, { "id": "fal-ai/flux-pro/kontext/text-to-image", "via": ["fal"], "source": "https://fal.ai/docs/model-api-reference/image-generation-api/flux-pro-kontext-text-to-image" }, { "id": "black-forest-labs/flux-kontext-pro", "via": ["replicate"], "source": "https://replicate.com/black-forest-labs/flux-kontext-pro/versions/0f1178f5a27e9aa2d2d39c8a43c110f7fa7cbf64062ff04a04cd40899e546065/api" }, { "id": "black-forest-labs/FLUX.1-kontext-pro", "via": ["together"], "source": "https://docs.together.ai/docs/images-overview" }], "source": "https://bfl.mintlify.app/api-reference/models/create-an-image-with-flux1-kontext-[pro]-legacy-use-flux2-[pro]-for-editing", "checked": "2026-11-30", "confirmed": true, "note": "Still listed as an endpoint (POST api.bfl.ai/v1/flux-kontext-pro). Newer BFL API-reference copy (bfl.mintlify.app, BFL's docs host) titles it 'legacy \u2014 use FLUX.2 [pro] for editing': 'For image editing, prefer FLUX.2 [PRO] (/flux-2-pro) or FLUX.2 [FLEX] (/flux-2-flex) which are the recommended default models'. No shutdown date found. Older copy docs.bfl.ml/api-reference/models/edit-or-create-an-image-with-flux-kontext-pro has no legacy label. BFL skills endpoints.md shows the path as '/v1/flux-kontext' (conflict, see comments)." }, { "id": "flux-kontext-max", "provider": "bfl", "name": "FLUX.1 Kontext [max]", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [{ "id": "black-forest-labs/FLUX.1-kontext-max", "via": ["together"], "source": "https://docs.together.ai/docs/images-overview" }], "source": "https://docs.bfl.ml/api-reference/tasks/edit-or-create-an-image-with-flux-kontext-max", "checked": "2026-11-30", "confirmed": true, "note": "BFL 'POST /v1/flux-kontext-max'. Unlike kontext-pro, no 'legacy' label was seen for it (replacement left null). fal id 'fal-ai/flux-pro/kontext/max' seen only on resellers (kkiai, yutoai) citing fal.ai/models/fal-ai/flux-pro/kontext/max \u2014 not listed as alias (secondary)." }, { "id": "flux-pro-1.1", "provider": "bfl", "name": "FLUX1.1 [pro]", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [{ "id": "fal-ai/flux-pro/v1.1", "via": ["fal"], "source": "https://fal.ai/docs/model-api-reference/image-generation-api/flux-pro-v1.1.md" }, { "id": "black-forest-labs/flux-1.1-pro", "via": ["replicate"], "source": "https://replicate.com/black-forest-labs/flux-1.1-pro/versions/a91bed9b0301d9d10b34b89b1f4d0255f2e2499c59576bfcd13405575dacdb25/api" }, { "id": "black-forest-labs/FLUX.1.1-pro", "via": ["together"], "source": "https://docs.together.ai/docs/images-overview" }, { "id": "black_forest_labs/flux-pro-1.1", "via": ["litellm"], "source": "https://docs.litellm.ai/docs/providers/black_forest_labs" }, { "id": "flux-1.1-pro", "via": ["bfl-python-sdk"], "source": "https://github.com/black-forest-labs/blackforest/blob/fef56d5cae29c029edb1d104ec1d1618b8a61b71/src/bfl/_catalog.py" }], "source": "https://docs.bfl.ml/flux_models/flux_1_1_pro", "checked": "2026-11-30", "confirmed": true, "note": "BFL: 'make a request to the /flux-pro-1.1 endpoint \u2026 $0.04 per image'. Vercel id bfl/flux-pro-1.1 is in model-facts.md (ai-sdk/Vercel P) but no Vercel page URL was read this session; not listed as alias. aipricly.com (S) labels it 'Legacy \xB7 Migrated to FLUX.2 family' \u2014 no BFL statement found." }, { "id": "flux-pro-1.1-ultra", "provider": "bfl", "name": "FLUX1.1 [pro] Ultra", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [{ "id": "fal-ai/flux-pro/v1.1-ultra", "via": ["fal"], "source": "https://fal.ai/docs/model-api-reference/image-generation-api/flux-pro-v1.1-ultra" }, { "id": "black_forest_labs/flux-pro-1.1-ultra", "via": ["litellm"], "source": "https://docs.litellm.ai/docs/providers/black_forest_labs" }, { "id": "flux-1.1-ultra", "via": ["bfl-python-sdk"], "source": "https://github.com/black-forest-labs/blackforest/blob/fef56d5cae29c029edb1d104ec1d1618b8a61b71/src/bfl/_catalog.py" }, { "id": "flux-ultra", "via": ["bfl-python-sdk"], "source": "https://github.com/black-forest-labs/blackforest/blob/fef56d5cae29c029edb1d104ec1d1618b8a61b71/src/bfl/_catalog.py" }], "source": "https://docs.bfl.ml/flux_models/flux_1_1_pro_ultra_raw.md", "checked": "2026-11-30", "confirmed": true, "note": "BFL: 'make a request to the /flux-pro-1.1-ultra endpoint'. Replicate id black-forest-labs/flux-1.1-pro-ultra seen only on resellers (kkiai, yutoai) and lumenfall ('Provider Model ID'), not on a replicate.com page read here; omitted as alias. Fine-tune variant endpoint flux-pro-1.1-ultra-finetuned exists (api.us1.bfl.ai) \u2014 not listed." }, { "id": "flux-pro", "provider": "bfl", "name": "FLUX.1 [pro]", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [{ "id": "fal-ai/flux-pro", "via": ["fal"], "source": "https://fal.ai/models/fal-ai/flux-pro/api" }, { "id": "black_forest_labs/flux-pro", "via": ["litellm"], "source": "https://docs.litellm.ai/docs/providers/black_forest_labs" }], "source": "https://docs.bfl.ml/quick_start/generating_images.md", "checked": "2026-11-30", "confirmed": true, "note": "Listed by BFL under 'We currently support the following endpoints for image generation' (/flux-pro) and in BFL SDK catalog (label 'FLUX.1 [pro]'). No BFL deprecation notice found; APIYI (S) calls FLUX.1 [pro] models 'Legacy \u2026 remain callable'. Status active = still listed." }, { "id": "flux-dev", "provider": "bfl", "name": "FLUX.1 [dev]", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [{ "id": "fal-ai/flux/dev", "via": ["fal"], "source": "https://fal.ai/models/fal-ai/flux/dev/api" }, { "id": "fal-ai/flux-1/dev", "via": ["fal"], "source": "https://fal.ai/models/fal-ai/flux-1/dev/playground" }, { "id": "black_forest_labs/flux-dev", "via": ["litellm"], "source": "https://docs.litellm.ai/docs/providers/black_forest_labs" }], "source": "https://bfl.mintlify.app/api-reference/models/generate-an-image-with-flux1-[dev]", "checked": "2026-11-30", "confirmed": true, "note": "BFL 'Submits an image generation task with FLUX.1 [dev]' at POST api.bfl.ai/v1/flux-dev. fal hosts the open weights itself at fal-ai/flux/dev (also named by BFL's own flux README: 'FAL: https://fal.ai/models/fal-ai/flux/dev') and fal-ai/flux-1/dev ('$0.025 per megapixel'); same model, different host/billing than BFL's /flux-dev. Open weights: huggingface black-forest-labs/FLUX.1-dev (non-commercial licence) \u2014 a weights repo, not an API route." }, { "id": "stable-image-ultra", "provider": "stability", "name": "Stable Image Ultra", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [], "source": "https://raw.githubusercontent.com/juspay/neurolink/master/docs/getting-started/providers/stability.md", "checked": "2026-11-30", "confirmed": false, "note": "Secondary only: NeuroLink docs wrap 'api.stability.ai/v2beta/stable-image/generate/{model}', models 'stable-image-ultra \u2014 flagship quality (default)'. api-evangelist OpenAPI copy (S) has path /v2beta/stable-image/generate/ultra. No platform.stability.ai page was in the store. Deprecation status unknown." }, { "id": "stable-image-core", "provider": "stability", "name": "Stable Image Core", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [], "source": "https://raw.githubusercontent.com/juspay/neurolink/master/docs/getting-started/providers/stability.md", "checked": "2026-11-30", "confirmed": false, "note": "Secondary only: NeuroLink 'stable-image-core \u2014 fast tier'; path /v2beta/stable-image/generate/core (api-evangelist OpenAPI copy, S). No Stability page read." }, { "id": "sd3.5-large", "provider": "stability", "name": "Stable Diffusion 3.5 Large", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [{ "id": "stability/sd3.5-large", "via": ["litellm"], "source": "https://docs.litellm.ai/docs/providers/stability" }, { "id": "fal-ai/stable-diffusion-v35-large", "via": ["fal"], "source": "https://fal.ai/models/fal-ai/stable-diffusion-v35-large/api" }], "source": "https://docs.litellm.ai/docs/providers/stability", "checked": "2026-11-30", "confirmed": false, "note": "Value of the 'model' field of POST /v2beta/stable-image/generate/sd3 per LiteLLM docs (last_updated 2026-10-09) and Comfy/NeuroLink (S for Stability). A third-party client comment calls sd3.5-large 'the sd3 model field's documented default' (S). No Stability page read. Open weights also on HF (stabilityai/stable-diffusion-3.5-large)." }, { "id": "sd3.5-large-turbo", "provider": "stability", "name": "Stable Diffusion 3.5 Large Turbo", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [], "source": "https://raw.githubusercontent.com/juspay/neurolink/master/docs/getting-started/providers/stability.md", "checked": "2026-11-30", "confirmed": false, "note": "Secondary only (NeuroLink; Comfy Stability node lists sd3.5-large / sd3.5-large-turbo / sd3.5-medium as the 'model' combo). No Stability page read." }, { "id": "sd3.5-medium", "provider": "stability", "name": "Stable Diffusion 3.5 Medium", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [], "source": "https://raw.githubusercontent.com/juspay/neurolink/master/docs/getting-started/providers/stability.md", "checked": "2026-11-30", "confirmed": false, "note": "Secondary only (NeuroLink; 302ai apifox page shows model 'sd3.5-medium' for /v2beta/stable-image/generate/sd3 citing platform.stability.ai). Older SD3 values sd3-large, sd3-large-turbo, sd3-medium appear in third-party clients only; their current status was not found." }, { "id": "ideogram-4-5", "provider": "ideogram", "name": "Ideogram 4.5", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [{ "id": "ideogram-v4-5", "via": ["venice"], "source": "https://docs.venice.ai/de/models/ideogram-v4-5" }], "source": "https://developer.ideogram.ai/ideogram-api/models", "checked": "2026-11-30", "confirmed": true, "note": "Ideogram API v2 puts the model in the path: 'Every v2 endpoint names its model in the path, POST /v2/{content}/{action}/{model}'; 'POST /v2/image/precise-edit/ideogram-4-5'; remix table lists 'ideogram-4-5'. Generate page: 'Start with Ideogram 4.5, or send the request to auto'. Venice: model 'ideogram-v4-5'." }, { "id": "ideogram-v4", "provider": "ideogram", "name": "Ideogram 4.0 (API v1 route)", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [{ "id": "ideogram-ai/ideogram-v4-balanced", "via": ["replicate"], "source": "https://replicate.com/ideogram-ai/ideogram-v4-balanced/versions/2ed1acdf773fa29e36edb7d45dfc2dfc20afbd9313cb73e8206607073528b0cb/api" }, { "id": "ideogram/ideogram-v4", "via": ["comfy"], "source": "https://docs.comfy.org/catalog/models/ideogram/ideogram-v4" }], "source": "https://developer.ideogram.ai/api-reference", "checked": "2026-11-30", "confirmed": true, "note": "'Generate with Ideogram 4.0 \u2014 Generates images synchronously using the Ideogram 4.0 model'; describe page: 'the /v1/ideogram-v4/generate family of endpoints'. id = the path segment of POST /v1/ideogram-v4/generate (sync; async variant /v1/ideogram-v4/async/generate per S skill). Deprecations page: v1 endpoints with a v2 replacement are 'an older version. It keeps working'; 'No endpoint has a removal date'. The v2 path segment for 4.0 was not seen verbatim." }, { "id": "ideogram-v3", "provider": "ideogram", "name": "Ideogram 3.0 (API v1 route)", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [{ "id": "fal-ai/ideogram/v3", "via": ["fal"], "source": "https://fal.ai/docs/model-api-reference/image-generation-api/ideogram-v3" }], "source": "https://developer.ideogram.ai/api-reference/api-reference/generate-v3", "checked": "2026-11-30", "confirmed": true, "note": "'Generate with Ideogram 3.0' = POST /v1/ideogram-v3/generate; rendering_speed FLASH/TURBO/DEFAULT/QUALITY (transparent page). Replicate id 'ideogram-ai/ideogram-v3-turbo' (V3 at TURBO speed; model-facts.md calls it Replicate P) was read here only on a Replicate mirror (cloudernative, '\u2B50 Official'); replicate.com/ideogram-ai/ideogram-v2a/api lists 'Turbo is the fastest and cheapest Ideogram v3' among related models without the id \u2014 not listed as alias. Deprecations page: 'POST /v1/ideogram-v3/edit' deprecated since April 29, 2026 (use POST /v2/image/inpaint/ideogram-3); generate itself not deprecated." }, { "id": "ideogram-3", "provider": "ideogram", "name": "Ideogram 3.0 (API v2 route)", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [], "source": "https://developer.ideogram.ai/ideogram-api/models", "checked": "2026-11-30", "confirmed": true, "note": "v2 path segment: 'POST /v2/image/inpaint/ideogram-3'; reframe/replace-background mention Ideogram 3.0. That /v2/image/generate/ideogram-3 exists is inferred from 'Each generate endpoint runs one model: POST /v2/image/generate/{model}' \u2014 the generate path for 3.0 was not seen verbatim." }, { "id": "V_2", "provider": "ideogram", "name": "Ideogram 2.0 (legacy model value)", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [], "source": "https://developer.ideogram.ai/ideogram-api/deprecations", "checked": "2026-11-30", "confirmed": false, "note": "Ideogram (P): 'No v2 endpoint is deprecated. Ideogram 2.0 and 2a are still available in v2'; legacy 'Generate (legacy)' POST /generate takes image_request.model. The string 'V_2' itself is seen only in secondary sources (crazyrouter docs 'Model version: V_2, V_2_TURBO'; Monica API 'Available options: V_2'; skills)." }, { "id": "V_2_TURBO", "provider": "ideogram", "name": "Ideogram 2.0 Turbo (legacy model value)", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [], "source": "https://developer.ideogram.ai/ideogram-api/deprecations", "checked": "2026-11-30", "confirmed": false, "note": "String 'V_2_TURBO' secondary only (crazyrouter, skills). Replicate id 'ideogram-ai/ideogram-v2-turbo' seen only on a reseller citing replicate.com (S) \u2014 not listed as alias." }, { "id": "V_2A", "provider": "ideogram", "name": "Ideogram 2a (legacy model value)", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [{ "id": "ideogram-ai/ideogram-v2a", "via": ["replicate"], "source": "https://replicate.com/ideogram-ai/ideogram-v2a" }], "source": "https://developer.ideogram.ai/api-reference/api-reference/generate-v3", "checked": "2026-11-30", "confirmed": true, "note": "Ideogram names the value: 'Not supported by V_1, V_1_TURBO, V_2A and V_2A_TURBO models'. Deprecations page: 'Ideogram 2.0 and 2a are still available in v2'; 'No endpoint has a removal date'." }, { "id": "V_2A_TURBO", "provider": "ideogram", "name": "Ideogram 2a Turbo (legacy model value)", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [], "source": "https://developer.ideogram.ai/api-reference/api-reference/generate-v3", "checked": "2026-11-30", "confirmed": true, "note": "Named verbatim on the Ideogram generate-v3 page (see V_2A). Legacy /generate endpoint still documented as 'Generate (legacy)'." }, { "id": "V_1", "provider": "ideogram", "name": "Ideogram 1.0 (legacy model value)", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [], "source": "https://developer.ideogram.ai/api-reference/api-reference/generate-v3", "checked": "2026-11-30", "confirmed": false, "note": "Value named verbatim by Ideogram ('Not supported by V_1, V_1_TURBO \u2026'), but whether 1.0 still answers is not stated; the deprecations page mentions only 2.0 and 2a as 'still available in v2'. Status active is an assumption from 'No endpoint has a removal date'." }, { "id": "V_1_TURBO", "provider": "ideogram", "name": "Ideogram 1.0 Turbo (legacy model value)", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [], "source": "https://developer.ideogram.ai/api-reference/api-reference/generate-v3", "checked": "2026-11-30", "confirmed": false, "note": "As V_1: value named by Ideogram, current availability not confirmed." }, { "id": "recraftv4_1", "provider": "recraft", "name": "Recraft V4.1", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [{ "id": "recraftv4_1_raster", "via": ["recraft-alias"], "source": "https://www.recraft.ai/docs/api-reference/models" }, { "id": "recraft/recraft-v4.1", "via": ["vercel-ai-gateway"], "source": "https://vercel.com/ai-gateway/models/recraft-v4.1.md" }], "source": "https://www.recraft.ai/docs/api-reference/models/recraft-v4-1.md", "checked": "2026-11-30", "confirmed": true, "note": "Recraft: 'released in May 2026'; '`recraftv4_1` is the default model of the API. A request to /v1/images/generations or /v1/images/imageToImage with no model specified uses it'; Raster 1K $0.035. 'every raster model also accepts a _raster alias of the same model' (alias is accepted by Recraft's own API). Family also has recraftv4_1_vector, recraftv4_1_pro_vector, recraftv4_1_utility_vector, recraftv4_1_utility_pro_vector (Picsart list, S for the last two)." }, { "id": "recraftv4_1_pro", "provider": "recraft", "name": "Recraft V4.1 Pro", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [{ "id": "recraftv4_1_pro_raster", "via": ["recraft-alias"], "source": "https://www.recraft.ai/docs/api-reference/models" }], "source": "https://www.recraft.ai/docs/api-reference/models/recraft-v4-1.md", "checked": "2026-11-30", "confirmed": true, "note": "Recraft model table: 'Recraft V4.1 Pro | recraftv4_1_pro | Raster, 2K | $0.21'. Alias id formed by the documented '_raster' rule, not seen verbatim." }, { "id": "recraftv4_1_flash", "provider": "recraft", "name": "Recraft V4.1 Flash", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [], "source": "https://www.recraft.ai/docs/api-reference/models", "checked": "2026-11-30", "confirmed": true, "note": "Recraft: '_flash variants (Recraft V4.1 only) are fast, low-cost raster models without style support'. Exact id 'recraftv4_1_flash' read in Comfy node docs (Comfy: 'recraftv4_1_flash is the fastest and most economical model'); the Recraft page states the suffix rule." }, { "id": "recraftv4_1_utility", "provider": "recraft", "name": "Recraft V4.1 Utility", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [], "source": "https://www.recraft.ai/docs/api-reference/models", "checked": "2026-11-30", "confirmed": true, "note": "Recraft: '_utility variants (Recraft V4.1 only) produce clean, predictable images with flat lighting'. Id read verbatim in Comfy docs and Picsart list; recraftv4_1_utility_pro likewise (not a separate entry)." }, { "id": "recraftv4", "provider": "recraft", "name": "Recraft V4", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [{ "id": "recraft/recraft-v4", "via": ["vercel-ai-gateway"], "source": "https://vercel.com/ai-gateway/models/recraft-v4.md" }, { "id": "recraft-v4", "via": ["venice"], "source": "https://docs.venice.ai/it/models/recraft-v4" }, { "id": "recraftv4_raster", "via": ["recraft-alias"], "source": "https://www.recraft.ai/docs/api-reference/models" }], "source": "https://www.recraft.ai/docs/api-reference/models/recraft-v4.md", "checked": "2026-11-30", "confirmed": true, "note": "Recraft: 'released in February 2026'; 'Recraft V4 | recraftv4 | Raster, 1K | $0.04'; vector 'recraftv4_vector'. Recraft intro: 'the previous generation and still a dependable default'. OpenRouter has the vector variant as recraft/recraft-v4-vector (openrouter.ai page)." }, { "id": "recraftv4_pro", "provider": "recraft", "name": "Recraft V4 Pro", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [{ "id": "recraft-ai/recraft-v4-pro", "via": ["replicate"], "source": "https://replicate.com/recraft-ai/recraft-v4-pro/versions/da14602f43a83d1a85654e8cbce5afc0d4cca59b41c0c13f73be8ca84d54d6b6/api" }, { "id": "recraft-v4-pro", "via": ["venice"], "source": "https://docs.venice.ai/es/models/recraft-v4-pro" }, { "id": "recraftv4_pro_raster", "via": ["recraft-alias"], "source": "https://www.recraft.ai/docs/api-reference/models" }], "source": "https://www.recraft.ai/docs/api-reference/models/recraft-v4.md", "checked": "2026-11-30", "confirmed": true, "note": "Recraft: 'Recraft V4 Pro | recraftv4_pro | Raster, 2K | $0.25'; 'recraftv4_pro_raster for recraftv4_pro' given verbatim as an alias example. Style models recraftv4_styles / recraftv4_styles_pro exist (docs default with style references: recraftv4_styles)." }, { "id": "recraftv3", "provider": "recraft", "name": "Recraft V3", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [{ "id": "fal-ai/recraft-v3", "via": ["fal"], "source": "https://fal.ai/models/fal-ai/recraft-v3" }, { "id": "recraft/recraft-v3", "via": ["vercel-ai-gateway"], "source": "https://vercel.com/ai-gateway/models/recraft-v3.md" }, { "id": "recraft/recraftv3", "via": ["litellm"], "source": "https://docs.litellm.ai/docs/providers/recraft" }, { "id": "@recraft-ai/recraftv3", "via": ["portkey"], "source": "https://portkey.ai/docs/integrations/llms/recraft-ai.md" }], "source": "https://www.recraft.ai/docs/api-reference/models/recraft-v3.md", "checked": "2026-11-30", "confirmed": true, "note": "Recraft: 'released in October 2024'; 'Recraft V3 | recraftv3 | Raster, 1K | $0.04', 'recraftv3_vector'; 'inpainting, outpainting, and the background operations run on V3 models only'. No deprecation." }, { "id": "recraftv2", "provider": "recraft", "name": "Recraft V2", "status": "active", "shutdown": null, "replacement": null, "snapshots": [], "aliases": [{ "id": "recraft/recraft-v2", "via": ["vercel-ai-gateway"], "source": "https://vercel.com/ai-gateway/models/recraft-v2.md" }], "source": "https://vercel.com/ai-gateway/models/recraft-v2.md", "checked": "2026-11-30", "confirmed": false, "note": "Recraft intro says it 'has released four generations of its own model' and its llms-full appendix lists 'Recraft V2' (model-facts.md), but the id 'recraftv2' was not seen on a Recraft page; seen in third-party code only (S). Vercel lists recraft/recraft-v2 at $0.022/image (P for the Vercel id). Status active = still offered by Vercel; Recraft's own status not confirmed." }] }, "file": { "file": "policies/models.yml", "checked": "2026-11-30", "at": { "line": 24, "column": 10 } } }, "providers": { "data": { "version": 1, "checked": "2026-11-30", "providers": [{ "id": "openai", "name": "OpenAI", "kind": "vendor", "names": ["OpenAI", "openai", "Open AI", "OpenAI API"], "api": { "hosts": ["api.openai.com", "us.api.openai.com", "eu.api.openai.com", "ae.api.openai.com", "mtls.api.openai.com", "mtls-eu.api.openai.com"], "endpoints": [{ "method": "POST", "path": "/v1/images/generations", "api": "images.generate" }, { "method": "POST", "path": "/v1/images/edits", "api": "images.edit" }, { "method": "POST", "path": "/v1/images/variations", "api": "images.create_variation" }, { "method": "POST", "path": "/v1/responses", "api": "responses.image_generation" }], "keyEnv": ["OPENAI_API_KEY"], "auth": "Authorization: Bearer <key>", "source": "https://github.com/openai/openai-node/blob/7b7d6ca71130d37ec09792c50056b47861f2eccf/src/client.ts", "checked": "2026-11-30", "confirmed": true, "note": `openai-node client.ts: baseURL default "process.env['OPENAI_BASE_URL'] ?? https://api.openai.com/v1", apiKey = readEnv('OPENAI_API_KEY'), also OPENAI_ADMIN_KEY / OPENAI_ORG_ID / OPENAI_PROJECT_ID. Data-residency hosts from src/internal/data-residency.ts: us./eu./ae.api.openai.com/v1. mTLS hosts from openai-go README ("https://mtls.api.openai.com/v1", "https://mtls-eu.api.openai.com/v1"). Paths from api.md (openai-node and openai-python, same commits): "post /images/generations", "post /images/edits", "post /images/variations". Responses tool: ImageGeneration tool "type: 'image_generation'" (openai-node src/resources/responses/responses.ts; openai-python src/openai/types/responses/tool.py \`type: Literal["image_generation"]\`). Bearer header seen in trufflehog's OpenAI verifier (Authorization: Bearer, GET https://api.openai.com/v1/me). /images/variations is a dall-e-2 endpoint; dall-e-2 is shut down (see model-facts.md) but the SDKs still expose the method.` }, "sdks": [{ "language": "javascript", "package": "openai", "clients": ["OpenAI"], "calls": [{ "call": "images.generate", "api": "images.generate", "model": "model" }, { "call": "images.edit", "api": "images.edit", "model": "model" }, { "call": "images.createVariation", "api": "images.create_variation", "model": "model" }, { "call": "responses.create", "api": "responses.image_generation", "model": "model", "when": "image-tool" }], "source": "https://github.com/openai/openai-node/blob/7b7d6ca71130d37ec09792c50056b47861f2eccf/api.md", "checked": "2026-11-30", "note": "api.md: client.images.createVariation / edit / generate({ ...params }); README: `npm install openai`, `import OpenAI from 'openai'`, apiKey default process.env['OPENAI_API_KEY']." }, { "language": "python", "package": "openai", "clients": ["OpenAI", "AsyncOpenAI"], "calls": [{ "call": "images.generate", "api": "images.generate", "model": "model" }, { "call": "images.edit", "api": "images.edit", "model": "model" }, { "call": "images.create_variation", "api": "images.create_variation", "model": "model" }, { "call": "responses.create", "api": "responses.image_generation", "when": "image-tool" }], "source": "https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/api.md", "checked": "2026-11-30", "note": "api.md: client.images.create_variation / edit / generate(**params); README `pip install openai`; AsyncOpenAI has the same resource paths (README async section)." }, { "language": "go", "package": "github.com/openai/openai-go/v3", "clients": ["NewClient"], "calls": [{ "call": "Images.Generate", "api": "images.generate", "note": "model: field Model of openai.ImageGenerateParams" }, { "call": "Images.Edit", "api": "images.edit", "note": "model: field Model of openai.ImageEditParams" }, { "call": "Images.NewVariation", "api": "images.create_variation" }, { "call": "Responses.New", "api": "responses.image_generation", "when": "image-tool" }], "source": "https://github.com/openai/openai-go/blob/4e5a07a6a205761650d73593fe75cd79ea7a25ec/api.md", "checked": "2026-11-30", "note": "api.md: client.Images.Generate(ctx, body openai.ImageGenerateParams), client.Images.Edit, client.Images.NewVariation; README `go get -u 'github.com/openai/openai-go/v3@v3.52.0'`, option.WithAPIKey 'defaults to os.LookupEnv(\"OPENAI_API_KEY\")'; responses/response.go ResponseService.New." }, { "language": "java", "package": "com.openai:openai-java", "clients": ["OpenAIOkHttpClient"], "calls": [{ "call": "images.generate", "api": "images.generate", "note": "model: ImageGenerateParams.builder().model(...)" }, { "call": "images.edit", "api": "images.edit", "note": "model: ImageEditParams.builder().model(...)" }], "source": "https://github.com/openai/openai-java/blob/5f499c32eb4357e2552d9f97697d63eddbc6069b/openai-java-core/src/main/kotlin/com/openai/services/blocking/ImageService.kt", "checked": "2026-11-30", "note": "OpenAIClient.kt `fun images(): ImageService`; ImageService.kt `fun generate(params: ImageGenerateParams)`, `fun edit(params: ImageEditParams)`. README: Maven com.openai:openai-java:4.52.0; fromEnv() reads OPENAI_API_KEY, OPENAI_ORG_ID, OPENAI_PROJECT_ID. ImageGenerateParams.kt Builder has `fun model(model: ImageModel?)` (ImageModel enum; a string overload is not shown in the lines read)." }, { "language": "csharp", "package": "OpenAI", "clients": ["ImageClient"], "calls": [{ "call": "GenerateImage", "api": "images.generate", "note": 'model: ImageClient constructor first argument (new ImageClient("dall-e-3", apiKey))' }, { "call": "GenerateImages", "api": "images.generate", "note": "model: ImageClient constructor" }, { "call": "GenerateImageEdit", "api": "images.edit", "note": "model: ImageClient constructor" }, { "call": "GenerateImageEdits", "api": "images.edit", "note": "model: ImageClient constructor" }, { "call": "GenerateImageVariation", "api": "images.create_variation", "note": "model: ImageClient constructor" }, { "call": "GenerateImageVariations", "api": "images.create_variation", "note": "model: ImageClient constructor" }], "source": "https://github.com/openai/openai-dotnet/blob/b3b4bbbc31cebef0f4978071d586856360173c89/OpenAI/src/Custom/Images/ImageClient.cs", "checked": "2026-11-30", "note": 'ImageClient.cs public methods GenerateImage(s)/GenerateImageEdit(s)/GenerateImageVariation(s) and *Async variants; README `dotnet add package OpenAI`, `ImageClient client = new("dall-e-3", Environment.GetEnvironmentVariable("OPENAI_API_KEY"))`, namespace OpenAI.Images; OpenAIClient.GetImageClient also listed in README table (class ImageClient).' }, { "language": "ruby", "package": "openai", "clients": ["OpenAI::Client"], "calls": [{ "call": "images.generate", "api": "images.generate", "model": "model" }, { "call": "images.edit", "api": "images.edit", "model": "model" }], "source": "https://github.com/openai/openai-ruby/blob/edfb30b2973d68b4a19ce3f86f1de7313f730702/lib/openai/resources/images.rb", "checked": "2026-11-30", "note": 'images.rb `def generate(params)`, `def edit(params)`; README `gem "openai", "~> 0.80.0"`, `OpenAI::Client.new(api_key: ENV["OPENAI_API_KEY"]) # This is the default`.' }, { "language": "javascript", "package": "@ai-sdk/openai", "clients": ["openai", "createOpenAI"], "calls": [{ "call": "image", "api": "images.generate", "model": "#0", "note": "via generateImage from 'ai'" }, { "call": "imageModel", "api": "images.generate", "model": "#0" }], "source": "https://github.com/vercel/ai/blob/ed857f50f112e23930b0c2dd8d532cc8bebbc911/content/providers/01-ai-sdk-providers/03-openai.mdx", "checked": "2026-11-30", "note": "Vercel AI SDK (third-party to OpenAI, first-party for the AI SDK): `generateImage({ model: openai.image('gpt-image-2'), prompt })`; passing prompt.images turns it into an edit (openai-image-model.ts uses path '/images/edits' else '/images/generations'). apiKey \"defaults to the OPENAI_API_KEY environment variable\"; baseURL env OPENAI_BASE_URL, default https://api.openai.com/v1. `ai` v7.0.77 exports `generateImage` (packages/ai/src/generate-image/index.ts); older releases exported `experimental_generateImage` (packages/ai/CHANGELOG.md), still seen in user code and on vercel.com model pages. openai-provider.ts declares `imageModel(modelId: OpenAIImageModelId)` and sets `provider.imageModel = createImageModel` (alias of image())." }], "keyFormats": [{ "name": "OpenAI project key", "prefix": "sk-proj-", "body": "[A-Za-z0-9_-]", "minBody": 40, "lengths": [132, 164], "source": "https://github.com/gitleaks/gitleaks/blob/b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b/config/gitleaks.toml", "checked": "2026-11-30", "confirmed": false, "note": 'gitleaks rule openai-api-key: `sk-(?:proj|svcacct|admin)-(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})T3BlbkFJ(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})` (so 8+58+8+58=132 or 8+74+8+74=164 chars). trufflehog openai.go: `sk-(?:(?:proj|svcacct|service)-[A-Za-z0-9_-]+|[a-zA-Z0-9]+)T3BlbkFJ[A-Za-z0-9_-]+` (no fixed length). All OpenAI keys carry the marker "T3BlbkFJ". No OpenAI page stating the prefix was read.' }, { "name": "OpenAI service-account key", "prefix": "sk-svcacct-", "body": "[A-Za-z0-9_-]", "minBody": 40, "lengths": [135, 167], "source": "https://github.com/gitleaks/gitleaks/blob/b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b/config/gitleaks.toml", "checked": "2026-11-30", "confirmed": false, "note": "Same gitleaks rule (11+58+8+58). trufflehog also accepts `sk-service-` (openai.go comment: 'service account keys (sk-svcacct-... or sk-service-...)'). Background doc: gitleaks issues #1467/#2055 report service-account keys that do not fit the fixed lengths." }, { "name": "OpenAI admin key", "prefix": "sk-admin-", "body": "[A-Za-z0-9_-]", "minBody": 40, "lengths": [133, 165], "source": "https://github.com/trufflesecurity/trufflehog/blob/3ab759fef4bb5935d4fe9ac68b503d05346b8364/pkg/detectors/openaiadmin/openaiadmin.go", "checked": "2026-11-30", "confirmed": false, "note": "trufflehog openaiadmin.go: 'Admin keys follow the format: sk-admin-{58 chars}T3BlbkFJ{58 chars}', regex `sk-admin-[A-Za-z0-9_-]{58}T3BlbkFJ[A-Za-z0-9_-]{58}` (9+58+8+58=133). Admin keys manage the org; env OPENAI_ADMIN_KEY in openai-node." }, { "name": "OpenAI key", "prefix": "sk-", "body": "[A-Za-z0-9]", "minBody": 40, "lengths": [51], "source": "https://github.com/gitleaks/gitleaks/blob/b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b/config/gitleaks.toml", "checked": "2026-11-30", "confirmed": false, "note": "gitleaks second alternative `sk-[a-zA-Z0-9]{20}T3BlbkFJ[a-zA-Z0-9]{20}` (3+20+8+20=51). Background doc (image-route-domain.md A4.1) notes legacy keys of ~44 chars each side are missed by this fixed length." }], "freeTier": { "images": "none", "summary": "dall-e-3 model page rate-limit table: Free tier 'Not supported'; gpt-image-2 'available on Tier 1 and above. New accounts start at Free tier and must add payment' (secondary).", "source": "https://developers.openai.com/api/docs/models/dall-e-3?site_locale=en", "checked": "2026-11-30", "confirmed": false, "note": "Carried over from /work/shared/background/model-facts.md (c): P = dall-e-3 page (a shut-down model); the gpt-image-2 statement is S only (https://apidog.com/blog/gpt-image-2-api). No OpenAI page read states it for gpt-image-2 / 2.5 / 2.6." } }, { "id": "azure-openai", "name": "Azure OpenAI", "kind": "cloud", "names": ["Azure OpenAI (Microsoft Foundry)", "Azure OpenAI", "azure-openai", "Azure OpenAI Service", "Azure OpenAI in Microsoft Foundry Models", "Microsoft Foundry", "Azure AI Foundry", "Foundry", "azure"], "api": { "hosts": ["*.openai.azure.com", "*.services.ai.azure.com", "*.cognitiveservices.azure.com"], "endpoints": [{ "method": "POST", "path": "/openai/deployments/{deployment}/images/generations?api-version={version}", "api": "images.generate" }, { "method": "POST", "path": "/openai/deployments/{deployment}/images/edits?api-version={version}", "api": "images.edit" }, { "method": "POST", "path": "/openai/v1/images/generations", "api": "images.generate", "note": "v1 API (no api-version); path inferred from the v1 base URL + OpenAI path" }, { "method": "POST", "path": "/openai/v1/images/edits", "api": "images.edit", "note": "inferred as above" }, { "method": "POST", "path": "/openai/v1/responses", "api": "responses.image_generation" }], "keyEnv": ["AZURE_OPENAI_API_KEY"], "auth": "api-key: <key> (or Authorization: Bearer <Entra ID token>)", "source": "https://github.com/MicrosoftDocs/azure-ai-docs/blob/045dc15b2fa3b995738d17e9e05439a7cc524353/articles/ai-foundry/openai/includes/dall-e-rest.md", "checked": "2026-11-30", "confirmed": true, "note": 'Microsoft quickstart (ms.date 02/20/2025): `base_path = f\'openai/deployments/{deployment}/images\'`, generations and edits, `api_version = "2025-04-01-preview" # or later version`, header \'Api-Key\', env AZURE_OPENAI_ENDPOINT / AZURE_OPENAI_API_KEY, example endpoint https://docs-test-001.openai.azure.com/. v1 API (P: https://learn.microsoft.com/en-us/azure/foundry/openai/api-version-lifecycle): "Starting in August 2025 \u2026 v1 Azure OpenAI APIs \u2026 no need to specify new api-version\'s", `OpenAI(api_key=os.getenv("AZURE_OPENAI_API_KEY"), base_url="https://YOUR-RESOURCE-NAME.openai.azure.com/openai/v1/")`; image paths under /openai/v1 not read verbatim. *.cognitiveservices.azure.com: P Microsoft Learn training page (https://learn.microsoft.com/en-ca/training/modules/get-started-with-ai-in-azure/5-endpoints) shows "https://<foundry-project>-resource.cognitiveservices.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=\u2026". *.services.ai.azure.com: S only (api-evangelist collection "https://{resource}.services.ai.azure.com/openai/deployments/:deployment-id/images/generations"; third-party code using https://<resource>.services.ai.azure.com/openai/v1/). x-ms-oai-image-generation-deployment: S (Microsoft Tech Community answer, not Microsoft docs). The deployment name is arbitrary, so the model behind a request is known only from config/IaC.' }, "sdks": [{ "language": "javascript", "package": "openai", "clients": ["AzureOpenAI"], "calls": [{ "call": "images.generate", "api": "images.generate", "model": "model" }, { "call": "images.edit", "api": "images.edit", "model": "model" }, { "call": "responses.create", "api": "responses.image_generation", "when": "image-tool" }], "source": "https://github.com/openai/openai-node/blob/7b7d6ca71130d37ec09792c50056b47861f2eccf/src/azure.ts", "checked": "2026-11-30", "note": "azure.ts: apiKey = readEnv('AZURE_OPENAI_API_KEY'), apiVersion = readEnv('OPENAI_API_VERSION'), endpoint from AZURE_OPENAI_ENDPOINT \u2192 baseURL `${endpoint}/openai`; _deployments_endpoints includes '/images/generations' and '/images/edits' and the request builder does `path`/deployments/${model}` + options.path`; header 'api-key'. README: `import { AzureOpenAI } from 'openai'`." }, { "language": "python", "package": "openai", "clients": ["AzureOpenAI"], "calls": [{ "call": "images.generate", "api": "images.generate", "model": "model" }, { "call": "images.edit", "api": "images.edit", "model": "model" }, { "call": "responses.create", "api": "responses.image_generation", "when": "image-tool" }], "source": "https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/lib/azure.py", "checked": "2026-11-30", "note": "azure.py: _deployments_endpoints contains '/images/generations', '/images/edits'; `options.url = path_template(\"/deployments/{model}\", model=model) + options.url`; env: api_key from AZURE_OPENAI_API_KEY, azure_ad_token from AZURE_OPENAI_AD_TOKEN, api_version from OPENAI_API_VERSION, azure_endpoint from AZURE_OPENAI_ENDPOINT. README example `model=\"deployment-name\"`. With the v1 API, plain `OpenAI(base_url=\u2026/openai/v1/)` is used instead (Microsoft api-version-lifecycle page)." }, { "language": "javascript", "package": "@ai-sdk/azure", "clients": ["azure", "createAzure"], "calls": [{ "call": "image", "api": "images.generate", "model": "#0", "note": "via generateImage from 'ai'" }], "source": "https://github.com/vercel/ai/blob/ed857f50f112e23930b0c2dd8d532cc8bebbc911/content/providers/01-ai-sdk-providers/04-azure.mdx", "checked": "2026-11-30", "note": "Docs: 'The first argument is your deployment name'; apiKey 'defaults to the AZURE_API_KEY environment variable' (NOT AZURE_OPENAI_API_KEY); resource name env AZURE_RESOURCE_NAME; URL `https://{resourceName}.openai.azure.com/openai/v1{path}` (azure provider source comment)." }] }, { "id": "google", "name": "Google Gemini API", "kind": "vendor", "names": ["Google Gemini API (Google AI Studio)", "Google", "google", "Gemini", "Gemini API", "Gemini Developer API", "Google AI Studio", "AI Studio", "Google AI", "Google Generative AI", "generativelanguage", "Nano Banana"], "api": { "hosts": ["generativelanguage.googleapis.com"], "endpoints": [{ "method": "POST", "path": "/v1beta/models/{model}:generateContent", "api": "gemini.generateContent" }, { "method": "POST", "path": "/v1beta/models/{model}:streamGenerateContent", "api": "gemini.generateContent" }, { "method": "POST", "path": "/v1beta/models/{model}:predict", "api": "imagen.predict", "note": "Imagen route; all Imagen models shut down 2026-08-17 (model-facts.md)" }], "keyEnv": ["GEMINI_API_KEY", "GOOGLE_API_KEY"], "auth": "x-goog-api-key: <key> (or ?key=<key>)", "source": "https://github.com/googleapis/js-genai/blob/6e9b35c45e21f0d37179a24d29dca01ebed698e6/src/_api_client.ts", "checked": "2026-11-30", "confirmed": true, "note": "js-genai _api_client.ts: Gemini API baseUrl `https://generativelanguage.googleapis.com/`, GOOGLE_AI_API_DEFAULT_VERSION = 'v1beta'; models.ts uses '{model}:generateContent' and '{model}:predict'; _transformers.ts tModel prefixes `models/`. node_client.ts getApiKeyFromEnv: GOOGLE_API_KEY and GEMINI_API_KEY, \"Both GOOGLE_API_KEY and GEMINI_API_KEY are set. Using GOOGLE_API_KEY.\" (same precedence in python-genai _api_client.py and go-genai client.go). Header: js-genai _node_auth.ts GOOGLE_API_KEY_HEADER = 'x-goog-api-key'. `?key=` query form: S (betterleaks validator, forum posts). GOOGLE_GEMINI_BASE_URL read in node_client.ts. Auth keys (AQ.) are rejected on the OpenAI-compatible /v1beta/openai route per a secondary blog (raplsworks, June 2026) \u2014 not confirmed by Google." }, "sdks": [{ "language": "javascript", "package": "@google/genai", "clients": ["GoogleGenAI"], "calls": [{ "call": "models.generateContent", "api": "gemini.generateContent", "model": "model", "when": "image-model" }, { "call": "models.generateContentStream", "api": "gemini.generateContent", "model": "model", "when": "image-model" }, { "call": "models.generateImages", "api": "imagen.predict", "model": "model", "note": "deprecated" }, { "call": "models.editImage", "api": "imagen.predict", "model": "model", "note": "deprecated; Vertex only for most edit modes" }, { "call": "models.upscaleImage", "api": "imagen.predict", "model": "model" }], "source": "https://github.com/googleapis/js-genai/blob/6e9b35c45e21f0d37179a24d29dca01ebed698e6/src/models.ts", "checked": "2026-11-30", "note": "models.ts: `generateImages = async (params)` logs 'The generateImages method is deprecated and will be removed in the next major release (not before Jan. 1 2027). Please use the generateContent method with image models instead.'; same for editImage. README: `npm install @google/genai`, `new GoogleGenAI({apiKey: GEMINI_API_KEY})`, env GOOGLE_API_KEY. Old package @google/generative-ai is not covered here." }, { "language": "python", "package": "google-genai", "module": "google.genai", "clients": ["Client"], "calls": [{ "call": "models.generate_content", "api": "gemini.generateContent", "model": "model", "when": "image-model" }, { "call": "models.generate_content_stream", "api": "gemini.generateContent", "model": "model", "when": "image-model" }, { "call": "models.generate_images", "api": "imagen.predict", "model": "model" }, { "call": "models.edit_image", "api": "imagen.predict", "model": "model" }, { "call": "models.upscale_image", "api": "imagen.predict", "model": "model" }], "source": "https://github.com/googleapis/python-genai/blob/66807187f2123c6676175ac991f4e34eb09200d1/google/genai/models.py", "checked": "2026-11-30", "note": "models.py defines generate_content, generate_images, edit_image, upscale_image, recontext_image, segment_image; README `pip install google-genai`, `client.models.generate_images(model='imagen-4.0-generate-001', \u2026)`, 'Set the GEMINI_API_KEY or GOOGLE_API_KEY \u2026 if both are set, GOOGLE_API_KEY takes precedence'. client.aio.models has async equivalents (README)." }, { "language": "go", "package": "google.golang.org/genai", "clients": ["NewClient"], "calls": [{ "call": "Models.GenerateContent", "api": "gemini.generateContent", "model": "#1", "when": "image-model" }, { "call": "Models.GenerateImages", "api": "imagen.predict", "model": "#1" }, { "call": "Models.EditImage", "api": "imagen.predict", "model": "#1" }, { "call": "Models.UpscaleImage", "api": "imagen.predict", "model": "#1" }], "source": "https://github.com/googleapis/go-genai/blob/6fd3e65e954a6424d0a676291881f0a7dcc0c026/models.go", "checked": "2026-11-30", "note": "models.go: `func (m Models) GenerateContent(ctx, model string, contents, config)`, `GenerateImages(ctx, model string, prompt string, config)`, `EditImage(ctx, model, prompt string, \u2026)`, `UpscaleImage`; client.go reads GOOGLE_API_KEY / GEMINI_API_KEY; Backend genai.BackendGeminiAPI (README)." }, { "language": "java", "package": "com.google.genai:google-genai", "clients": ["Client"], "calls": [{ "call": "models.generateContent", "api": "gemini.generateContent", "model": "#0", "when": "image-model" }], "source": "https://github.com/googleapis/java-genai/blob/069c3255a9cc0bbb241e61cad86311e9c23479e4/README.md", "checked": "2026-11-30", "note": 'README: Maven com.google.genai:google-genai; `Client client = new Client();` reads GOOGLE_API_KEY; `client.models.generateContent("gemini-2.0-flash-001", \u2026)`. A Java generateImages method was not verified (repo too large to fetch; Models.java not read).' }, { "language": "csharp", "package": "Google.GenAI", "clients": ["Client"], "calls": [{ "call": "Models.GenerateContentAsync", "api": "gemini.generateContent", "when": "image-model", "note": "model: model argument" }, { "call": "Models.GenerateImagesAsync", "api": "imagen.predict", "note": "model: model argument" }, { "call": "Models.UpscaleImageAsync", "api": "imagen.predict", "note": "model: model argument" }], "source": "https://github.com/googleapis/dotnet-genai/blob/bcd43e5af1681c2a51c0a66e55c7debd3432a7b2/README.md", "checked": "2026-11-30", "note": "README: `dotnet add package Google.GenAI`, `new Client(apiKey: apiKey)`, env GOOGLE_API_KEY / GEMINI_API_KEY. Method names from source (`public async Task<GenerateImagesResponse> GenerateImagesAsync(`, GenerateContentAsync, UpscaleImageAsync). The `Models` accessor name (client.Models) is assumed from the other SDKs, not read. Snapshot dated 2025-10-10 (older than the others)." }, { "language": "javascript", "package": "@ai-sdk/google", "clients": ["google", "createGoogle"], "calls": [{ "call": "image", "api": "gemini.generateContent", "model": "#0", "note": "via generateImage from 'ai'" }], "source": "https://github.com/vercel/ai/blob/ed857f50f112e23930b0c2dd8d532cc8bebbc911/content/providers/01-ai-sdk-providers/15-google.mdx", "checked": "2026-11-30", "note": "Docs: 'The .image() factory supports Gemini multimodal language models with image output capabilities through the :generateContent API'; apiKey 'defaults to the GOOGLE_GENERATIVE_AI_API_KEY environment variable' (different from the Google SDK's GEMINI_API_KEY); base https://generativelanguage.googleapis.com/v1beta. generateText/streamText with an image-output model also produce images (files)." }], "keyFormats": [{ "name": "Google API key", "prefix": "AIza", "body": "[A-Za-z0-9_-]", "minBody": 35, "source": "https://github.com/gitleaks/gitleaks/blob/b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b/config/gitleaks.toml", "checked": "2026-11-30", "confirmed": false, "note": "gitleaks gcp-api-key `\\b(AIza[\\w-]{35})` (39 chars). trufflehog googlegemini.go `AIzaSy[A-Za-z0-9_-]{33}` (PR #4649: 'A prefix AIzaSy followed by 33 characters'). Google's api-key page (P, https://ai.google.dev/gemini-api/docs/api-key.md.txt): Gemini API is 'transitioning from standard API keys to authorization keys'; unrestricted standard keys rejected from June 19, 2026; 'On September 2026: the Gemini API will reject requests from Standard keys' (wording in the authuser=6&hl=sv copy; a newer .md.txt copy says 'Unrestricted keys rejected' without a date). The AIza prefix itself is not stated on the Google page read." }, { "name": "Gemini API auth key", "prefix": "AQ.", "body": "[A-Za-z0-9_-]", "minBody": 40, "lengths": [53], "source": "https://github.com/betterleaks/betterleaks/blob/6381fa45ae946c588e2e1334d8396a15e5171ad6/cmd/generate/config/rules/gcp.go", "checked": "2026-11-30", "confirmed": false, "note": "betterleaks rule gcp-gemini-api (PR #230, merged 2026-07-10): `AQ\\.Ab8RN6[A-Za-z0-9_-]{44}` = 53 chars total, keyword \"AQ.Ab8RN6\"; its false-positive fixtures reject 'AQ.Ab8RN5\u2026' (wrong prefix) and a 52-char value (too short). Eight real keys seen in public code (find_string, not reproduced here) were all 53 chars, all 'AQ.Ab8RN6' + 44 of [A-Za-z0-9_-]. Google staff on discuss.ai.google.dev (https://discuss.ai.google.dev/t/gemini-api-key-start-from-aq/171575): 'We are moving away from Traffic keys (AIza) and towards a more secure Authentication Key (AQ). AI Studio will now only generate Authentication Key (AQ) keys.' Google's api-key page (P) says 'All new API keys created in Google AI Studio are automatically created as auth keys' but the excerpt read shows no prefix. Conflicts: one forum user reports a key starting 'IQ.' (same forum thread family, /170415; AI.duino PR #22 also mentions IQ.); trufflehog and gitleaks (snapshots 2026-07/08) have no AQ. rule; redactor regexes in the wild use {20,}/{30,}/{40,} lower bounds. Safer detector: prefix 'AQ.' + [A-Za-z0-9_-]{50} (exact 53) with 'AQ.Ab8RN6' as the observed sub-prefix." }], "freeTier": { "images": "unknown", "summary": "A Free tier exists ('Get started for Free \u2026 Limited access to certain models', transcribed from ai.google.dev pricing 2026-09-20); whether any image-output model is in it is not confirmed.", "source": "https://raw.githubusercontent.com/api-evangelist/gemini/refs/heads/main/plans/gemini-plans-pricing.yml", "checked": "2026-11-30", "confirmed": false, "note": "Carried over from model-facts.md (c): transcription of https://ai.google.dev/gemini-api/docs/pricing is S (api-evangelist); S Awesome-AITools says API image output has no free quota; S Open WebUI docs: Gemini 'image generation API is not available for free' without billing. No Google pricing row for an image model was read. Unpaid-services data terms (ai.google.dev/terms, P): content may be used to improve products; EEA/CH/UK apps must use Paid Services (image-route-domain.md A2.2)." } }, { "id": "google-vertex", "name": "Google Vertex AI", "kind": "cloud", "names": ["Google Vertex AI (Gemini Enterprise Agent Platform)", "Vertex AI", "vertex", "vertexai", "Google Vertex", "Google Vertex AI", "Google Cloud Vertex AI", "Agent Platform", "Gemini Enterprise Agent Platform", "Gemini API on Vertex AI", "Vertex AI Express"], "modelsOf": ["google"], "api": { "hosts": ["*-aiplatform.googleapis.com", "aiplatform.googleapis.com", "aiplatform.*.rep.googleapis.com"], "endpoints": [{ "method": "POST", "path": "/{version}/projects/{project}/locations/{location}/publishers/google/models/{model}:generateContent", "api": "gemini.generateContent" }, { "method": "POST", "path": "/{version}/projects/{project}/locations/{location}/publishers/google/models/{model}:streamGenerateContent", "api": "gemini.generateContent" }, { "method": "POST", "path": "/{version}/projects/{project}/locations/{location}/publishers/google/models/{model}:predict", "api": "imagen.predict", "note": "Imagen; all Imagen models shut down 2026-08-17" }, { "method": "POST", "path": "/{version}/publishers/google/models/{model}:generateContent", "api": "gemini.generateContent" }], "keyEnv": ["GOOGLE_API_KEY", "GOOGLE_VERTEX_API_KEY"], "auth": "Authorization: Bearer <OAuth2 access token from Google credentials/ADC>; Express mode: API key", "source": "https://github.com/googleapis/js-genai/blob/6e9b35c45e21f0d37179a24d29dca01ebed698e6/src/_api_client.ts", "checked": "2026-11-30", "confirmed": true, "note": "js-genai _api_client.ts: Vertex base `https://${location}-aiplatform.googleapis.com/`; 'Vertex Express or global endpoint case' (api key without project, or location 'global') \u2192 `https://aiplatform.googleapis.com/`; MULTI_REGIONAL_LOCATIONS {us, eu} \u2192 `https://aiplatform.${location}.rep.googleapis.com/`; VERTEX_AI_API_DEFAULT_VERSION = 'v1beta1' (README: set apiVersion 'v1' for stable); getBaseResourcePath `projects/${project}/locations/${location}`; tModel maps 'x' \u2192 `publishers/google/models/x`. Env: GOOGLE_GENAI_USE_VERTEXAI / GOOGLE_GENAI_USE_ENTERPRISE, GOOGLE_CLOUD_PROJECT, GOOGLE_CLOUD_LOCATION, GOOGLE_VERTEX_BASE_URL (node_client.ts). Vertex is renamed 'Gemini Enterprise Agent Platform' in the js-genai/python-genai READMEs (\"Gemini API on Agent Platform\"); go-genai/java-genai READMEs still say Vertex AI. The Bearer-token header form is standard Google Cloud practice and was not read verbatim in these sources. GOOGLE_VERTEX_API_KEY is the AI SDK's env var for Express mode." }, "sdks": [{ "language": "javascript", "package": "@google/genai", "clients": ["GoogleGenAI"], "calls": [{ "call": "models.generateContent", "api": "gemini.generateContent", "model": "model", "when": "image-model" }, { "call": "models.generateImages", "api": "imagen.predict", "model": "model", "note": "deprecated" }, { "call": "models.editImage", "api": "imagen.predict", "model": "model", "note": "deprecated" }, { "call": "models.upscaleImage", "api": "imagen.predict", "model": "model" }, { "call": "models.recontextImage", "api": "imagen.predict", "model": "model" }, { "call": "models.segmentImage", "api": "imagen.predict", "model": "model" }], "source": "https://github.com/googleapis/js-genai/blob/6e9b35c45e21f0d37179a24d29dca01ebed698e6/README.md", "checked": "2026-11-30", "note": "Vertex AI backend: vertexai: true or enterprise: true (or GOOGLE_GENAI_USE_VERTEXAI). README: `new GoogleGenAI({ enterprise: true, project: 'your_project', location: 'your_location' })`; client.ts: 'The `enterprise` flag is recommended instead' of `vertexai` (both accepted). Same package as provider google; the backend is chosen at construction, so a scanner must read the constructor options/env to tell google from google-vertex." }, { "language": "python", "package": "google-genai", "module": "google.genai", "clients": ["Client"], "calls": [{ "call": "models.generate_content", "api": "gemini.generateContent", "model": "model", "when": "image-model" }, { "call": "models.generate_images", "api": "imagen.predict", "model": "model" }, { "call": "models.edit_image", "api": "imagen.predict", "model": "model" }, { "call": "models.upscale_image", "api": "imagen.predict", "model": "model" }, { "call": "models.recontext_image", "api": "imagen.predict", "model": "model" }, { "call": "models.segment_image", "api": "imagen.predict", "model": "model" }], "source": "https://github.com/googleapis/python-genai/blob/66807187f2123c6676175ac991f4e34eb09200d1/README.md", "checked": "2026-11-30", "note": "Vertex AI backend: vertexai=True or enterprise=True (or GOOGLE_GENAI_USE_VERTEXAI). README: `genai.Client(enterprise=True, project='your-project-id', location='global')`; env GOOGLE_GENAI_USE_ENTERPRISE=true + GOOGLE_CLOUD_PROJECT + GOOGLE_CLOUD_LOCATION. `vertexai=True` is the older flag (go-genai/java-genai READMEs: GOOGLE_GENAI_USE_VERTEXAI)." }, { "language": "go", "package": "google.golang.org/genai", "clients": ["NewClient"], "calls": [{ "call": "Models.GenerateContent", "api": "gemini.generateContent", "model": "#1", "when": "image-model" }, { "call": "Models.GenerateImages", "api": "imagen.predict", "model": "#1" }, { "call": "Models.EditImage", "api": "imagen.predict", "model": "#1" }], "source": "https://github.com/googleapis/go-genai/blob/6fd3e65e954a6424d0a676291881f0a7dcc0c026/README.md", "checked": "2026-11-30", "note": "Vertex AI backend: Backend: genai.BackendVertexAI." }, { "language": "java", "package": "com.google.genai:google-genai", "clients": ["Client"], "calls": [{ "call": "models.generateContent", "api": "gemini.generateContent", "model": "#0", "when": "image-model" }], "source": "https://github.com/googleapis/java-genai/blob/069c3255a9cc0bbb241e61cad86311e9c23479e4/README.md", "checked": "2026-11-30", "note": "Vertex AI backend: vertexAI(true)." }, { "language": "javascript", "package": "@ai-sdk/google-vertex", "clients": ["googleVertex", "createGoogleVertex", "vertex", "createVertex"], "calls": [{ "call": "image", "api": "gemini.generateContent", "model": "#0", "note": "via generateImage from 'ai'" }, { "call": "image", "api": "gemini.generateContent", "model": "#0", "note": "deprecated alias" }], "source": "https://github.com/vercel/ai/blob/ed857f50f112e23930b0c2dd8d532cc8bebbc911/content/providers/01-ai-sdk-providers/16-google-vertex.mdx", "checked": "2026-11-30", "note": "index.ts exports googleVertex and `googleVertex as vertex` (/** @deprecated */). Env: GOOGLE_VERTEX_PROJECT, GOOGLE_VERTEX_LOCATION, GOOGLE_VERTEX_API_KEY (Express mode, base https://aiplatform.googleapis.com/v1/publishers/google); hosts aiplatform.googleapis.com / aiplatform.{region}.rep.googleapis.com / {region}-aiplatform.googleapis.com with `/v1beta1/projects/${project}/locations/${region}` (google-vertex-provider-base.ts). Edge runtime auth env GOOGLE_CLIENT_EMAIL, GOOGLE_PRIVATE_KEY, GOOGLE_PRIVATE_KEY_ID." }], "keyFormats": [{ "name": "Google API key", "prefix": "AIza", "body": "[A-Za-z0-9_-]", "minBody": 35, "source": "https://github.com/gitleaks/gitleaks/blob/b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b/config/gitleaks.toml", "checked": "2026-11-30", "confirmed": false, "note": "Normal Vertex auth is OAuth2/service-account (no prefixed key). Express-mode API keys are Google Cloud API keys; that they use the AIza format is an inference from the generic gcp-api-key rule, not read on a Vertex page." }] }, { "id": "xai", "name": "xAI", "kind": "vendor", "names": ["xAI", "xai", "x.ai", "Grok", "Grok Imagine", "xAI Grok", "Imagine API"], "api": { "hosts": ["api.x.ai"], "endpoints": [{ "method": "POST", "path": "/v1/images/generations", "api": "images.generate" }, { "method": "POST", "path": "/v1/images/edits", "api": "images.edit", "note": "path from @ai-sdk/xai source; xAI page not read for it" }], "keyEnv": ["XAI_API_KEY"], "auth": "Authorization: Bearer <key>", "source": "https://docs.x.ai/developers/model-capabilities/images.md", "checked": "2026-11-30", "confirmed": true, "note": `xAI docs: \`curl -X POST https://api.x.ai/v1/images/generations -H "Authorization: Bearer $XAI_API_KEY" -d '{"model": "grok-imagine-image", \u2026}'\` and a 'pythonOpenAISDK' tab using \`from openai import OpenAI\`. The xai-sdk (gRPC) defaults \`api_host: str = "api.x.ai"\` and \`management_api_host: str = "management-api.x.ai"\` ("The API is hosted on api.x.ai, and we connect via port 443", client.py). /v1/images/edits: @ai-sdk/xai xai-image-model.ts \`const endpoint = hasFiles ? '/images/edits' : '/images/generations'\` (S for xAI). Conflict (S): a reseller skill (laotaotie.com) says edits go through /v1/images/generations with image_url and 'Do NOT use /v1/images/edits with multipart \u2014 xAI requires JSON'. xAI quickstart: 'The xAI SDKs are configured to automatically read your API key from the XAI_API_KEY environment variable.'` }, "sdks": [{ "language": "python", "package": "xai-sdk", "clients": ["Client", "AsyncClient"], "calls": [{ "call": "image.sample", "api": "images.generate", "model": "model" }, { "call": "image.sample_batch", "api": "images.generate", "model": "model" }, { "call": "image.sample", "api": "images.edit", "model": "model", "note": "when: image_url / image_file_id / image_urls / image_file_ids passed" }], "source": "https://github.com/xai-org/xai-sdk-python/blob/4dab6a449736890a70d20bc886221a4219ff6ae7/src/xai_sdk/sync/image.py", "checked": "2026-11-30", "note": "image.py `def sample(self, prompt: str, model: Union[ImageGenerationModel, str], *, image_url=\u2026, image_file_id=\u2026, image_urls=\u2026, quality=\u2026)` ('image_urls: Optional list of input images for multi-reference image editing'); README `pip install xai-sdk`, 'By default, the SDK looks for an environment variable named XAI_API_KEY'. Transport is gRPC to api.x.ai:443, not the REST paths above. docs.x.ai example: `client.image.sample(prompt=\u2026, model=\"grok-imagine-image\")`." }, { "language": "python", "package": "openai", "clients": ["OpenAI"], "baseUrl": "https://api.x.ai/v1", "calls": [{ "call": "images.generate", "api": "images.generate", "model": "model" }], "source": "https://docs.x.ai/developers/model-capabilities/images.md", "checked": "2026-11-30", "note": "The xAI image page has a 'pythonOpenAISDK' example starting `from openai import OpenAI`; the excerpt was cut before the client line, so base_url 'https://api.x.ai/v1' comes from @ai-sdk/xai (default baseURL 'https://api.x.ai/v1') and is not read verbatim on the xAI page. A scanner should treat OpenAI-SDK calls with baseURL api.x.ai as xai." }, { "language": "javascript", "package": "openai", "clients": ["OpenAI"], "baseUrl": "https://api.x.ai/v1", "calls": [{ "call": "images.generate", "api": "images.generate", "model": "model" }], "source": "https://github.com/vercel/ai/blob/ed857f50f112e23930b0c2dd8d532cc8bebbc911/packages/xai/src/xai-provider.ts", "checked": "2026-11-30", "confirmed": false, "note": "Inferred from the OpenAI-compatible REST path and the xai base URL; no xAI JS example was read." }, { "language": "javascript", "package": "@ai-sdk/xai", "clients": ["xai", "createXai"], "calls": [{ "call": "image", "api": "images.generate", "model": "#0", "note": "via generateImage from 'ai'" }, { "call": "imageModel", "api": "images.generate", "model": "#0" }], "source": "https://github.com/vercel/ai/blob/ed857f50f112e23930b0c2dd8d532cc8bebbc911/content/providers/01-ai-sdk-providers/01-xai.mdx", "checked": "2026-11-30", "note": "Docs: `model: xai.image('grok-imagine-image')`, `xai.image('grok-imagine-image-pro')`; apiKey from XAI_API_KEY; imageModel alias from the tessl copy of @ai-sdk/xai 2.0.0 docs. Passing prompt.images routes to /images/edits." }], "keyFormats": [{ "name": "xAI API key", "prefix": "xai-", "body": "[A-Za-z0-9_]", "minBody": 40, "lengths": [84], "source": "https://github.com/trufflesecurity/trufflehog/blob/3ab759fef4bb5935d4fe9ac68b503d05346b8364/pkg/detectors/xai/xai.go", "checked": "2026-11-30", "confirmed": false, "note": "trufflehog xai.go `\\b(xai-[0-9a-zA-Z_]{80})\\b` (exactly 84 chars), verified via GET https://api.x.ai/v1/api-key with Bearer. Conflict: betterleaks xai.go `xai-[A-Za-z0-9_-]{70,120}` (allows '-', 74\u2013124 chars; test sample uses 84). gitleaks (snapshot 2026-07-22) has no xAI rule (proposed in #2180 per background doc). Prefix 'xai-' also in S skill ('starts with xai-'); no xAI page stating it was read." }], "freeTier": { "images": "none", "summary": "Quickstart: 'Sign up for an account at accounts.x.ai, then load it with credits to start using the API.' No free image allowance documented.", "source": "https://docs.x.ai/developers/quickstart.md", "checked": "2026-11-30", "confirmed": true, "note": "Carried over from model-facts.md (c); same sentence seen in the docs.x.ai/docs//introduction copy. An earlier $25 free credit is described as gone (S repo note). Image pricing '$0.02 / image' (docs.x.ai model-capabilities/images)." } }, { "id": "amazon-bedrock", "name": "Amazon Bedrock", "kind": "cloud", "names": ["Amazon Bedrock", "AWS Bedrock", "Bedrock", "bedrock", "amazon-bedrock", "Amazon Nova Canvas", "Titan Image Generator"], "api": { "hosts": ["bedrock-runtime.*.amazonaws.com", "bedrock-mantle.*.api.aws"], "endpoints": [{ "method": "POST", "path": "/model/{modelId}/invoke", "api": "bedrock.invokeModel" }, { "method": "POST", "path": "/model/{modelId}/invoke-with-response-stream", "api": "bedrock.invokeModel", "note": "streaming variant; not typical for image models" }], "keyEnv": ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_BEARER_TOKEN_BEDROCK"], "auth": "AWS SigV4 (IAM credentials), or Authorization: Bearer <Bedrock API key>", "source": "https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html", "checked": "2026-11-30", "confirmed": true, "note": "AWS API reference: 'Request Syntax POST /model/modelId/invoke HTTP/1.1'; 'You use model inference to generate text, images, and embeddings.' Host: AWS inference-api page 'The Invoke API is available on the bedrock-runtime endpoint only'; @ai-sdk/amazon-bedrock default `https://bedrock-runtime.${AWS_REGION}.amazonaws.com`; openai-node docs/bedrock.md shows `https://bedrock-runtime.<region>.amazonaws.com/openai/v1` and `https://bedrock-mantle.<region>.api.aws/openai/v1` (OpenAI-compatible Responses/Chat routes, not image routes) and 'The SDK derives the AWS partition DNS suffix from the region, using amazonaws.com for us-west-2, amazonaws.eu for eusc-de-east-1'. AWS_BEARER_TOKEN_BEDROCK = Bedrock API key env (openai-node docs/bedrock.md; AI SDK docs 'It uses the AWS_BEARER_TOKEN_BEDROCK environment variable by default'). AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN / AWS_REGION from the AI SDK Bedrock docs. AWS_PROFILE: standard AWS credential chain, not read verbatim here. invoke-with-response-stream path: standard Bedrock API, not read verbatim (hexdocs aws_erlang lists invoke_model_with_response_stream)." }, "sdks": [{ "language": "javascript", "package": "@aws-sdk/client-bedrock-runtime", "clients": ["BedrockRuntimeClient"], "calls": [{ "call": "InvokeModelCommand", "api": "bedrock.invokeModel", "model": "modelId", "when": "image-model" }], "source": "https://github.com/awsdocs/aws-doc-sdk-examples/blob/658248c875439ce29b2fbfac1c8f4b975d0eef34/javascriptv3/example_code/bedrock-runtime/models/amazonNovaCanvas/invokeModel.js", "checked": "2026-11-30", "note": 'AWS example: `import { BedrockRuntimeClient, InvokeModelCommand } from "@aws-sdk/client-bedrock-runtime"`; `const modelId = "amazon.nova-canvas-v1:0"`; `client.send(new InvokeModelCommand({ modelId, body: JSON.stringify(payload) }))`, payload taskType \'TEXT_IMAGE\'. The image intent lives in the body (taskType), not the call.' }, { "language": "python", "package": "boto3", "clients": ["client"], "calls": [{ "call": "invoke_model", "api": "bedrock.invokeModel", "model": "modelId", "when": "image-model" }], "source": "https://github.com/awsdocs/aws-doc-sdk-examples/blob/8713746c06f04796387db85e31dc6b2b7cae82f9/python/example_code/bedrock-runtime/models/amazon_nova/amazon_nova_canvas/invoke_model.py", "checked": "2026-11-30", "note": 'AWS example: `client = boto3.client("bedrock-runtime", region_name="us-east-1")`, `model_id = "amazon.nova-canvas-v1:0"`, `client.invoke_model(modelId=model_id, body=request)`.' }, { "language": "csharp", "package": "AWSSDK.BedrockRuntime", "clients": ["AmazonBedrockRuntimeClient"], "calls": [{ "call": "InvokeModelAsync", "api": "bedrock.invokeModel", "when": "image-model", "note": "model: InvokeModelRequest.ModelId" }], "source": "https://docs.aws.amazon.com/bedrock/latest/userguide/bedrock-runtime_example_bedrock-runtime_InvokeModel_AmazonNovaImageGeneration_section.html", "checked": "2026-11-30", "confirmed": false, "note": 'AWS page shows `using Amazon.BedrockRuntime; \u2026 new AmazonBedrockRuntimeClient(RegionEndpoint.USEast1); var modelId = "amazon.nova-canvas-v1:0"; \u2026 new InvokeModelRequest`; the excerpt was cut before the call, so InvokeModelAsync and the NuGet name AWSSDK.BedrockRuntime are not read verbatim.' }, { "language": "java", "package": "software.amazon.awssdk:bedrockruntime", "clients": ["BedrockRuntimeClient"], "calls": [{ "call": "invokeModel", "api": "bedrock.invokeModel", "when": "image-model", "note": "model: InvokeModelRequest modelId" }], "source": "https://github.com/awsdocs/aws-doc-sdk-examples", "checked": "2026-11-30", "confirmed": false, "note": "Only the imports were seen (software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient, InvokeModelResponse) in an AWS Java Nova Canvas example excerpt; method name and Maven artifact are not read." }, { "language": "javascript", "package": "@ai-sdk/amazon-bedrock", "clients": ["amazonBedrock", "createAmazonBedrock", "bedrock"], "calls": [{ "call": "image", "api": "bedrock.invokeModel", "model": "#0", "note": "via generateImage from 'ai'" }, { "call": "image", "api": "bedrock.invokeModel", "model": "#0", "note": "deprecated alias" }], "source": "https://github.com/vercel/ai/blob/ed857f50f112e23930b0c2dd8d532cc8bebbc911/content/providers/01-ai-sdk-providers/08-amazon-bedrock.mdx", "checked": "2026-11-30", "note": "Docs: `amazonBedrock.image('amazon.nova-canvas-v1:0')`; index.ts `amazonBedrock as bedrock` /** @deprecated */; amazon-bedrock-image-model.ts URL `${baseUrl}/model/${encodedModelId}/invoke`. index.ts also exports createAmazonBedrock." }], "keyFormats": [{ "name": "AWS access key ID", "prefix": "AKIA", "body": "[A-Z2-7]", "minBody": 16, "source": "https://github.com/gitleaks/gitleaks/blob/b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b/config/gitleaks.toml", "checked": "2026-11-30", "confirmed": false, "note": "gitleaks aws-access-token `\\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\\b` (20 chars; ASIA = temporary credentials); allowlist `.+EXAMPLE$`. The key id alone is not a secret; the 40-char secret access key has no prefix." }, { "name": "Amazon Bedrock API key (long-lived)", "prefix": "ABSK", "body": "[A-Za-z0-9+/=]", "minBody": 40, "lengths": [113], "source": "https://github.com/gitleaks/gitleaks/blob/b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b/config/gitleaks.toml", "checked": "2026-11-30", "confirmed": false, "note": "gitleaks aws-amazon-bedrock-api-key-long-lived `\\b(ABSK[A-Za-z0-9+/]{109,269}={0,2})`; betterleaks aws.go cites https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys-how.html and uses samples starting 'ABSKQmVkcm9ja0FQSUtleS1' (base64 of 'BedrockAPIKey-'). Used via AWS_BEARER_TOKEN_BEDROCK." }, { "name": "Amazon Bedrock API key (short-lived)", "prefix": "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t", "body": "[A-Za-z0-9+/=]", "minBody": 16, "source": "https://github.com/gitleaks/gitleaks/blob/b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b/config/gitleaks.toml", "checked": "2026-11-30", "confirmed": false, "note": "gitleaks aws-amazon-bedrock-api-key-short-lived matches the literal `bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t` (base64 'bedrock.amazonaws.com'); betterleaks cites aws/aws-bedrock-token-generator-js token.ts. No length given. The prefix is the literal gitleaks matches; 16 more key characters are required before a value counts as a key (a detection threshold)." }] }, { "id": "bfl", "name": "Black Forest Labs", "kind": "vendor", "names": ["Black Forest Labs", "BFL", "bfl", "FLUX", "Flux", "black-forest-labs", "black_forest_labs", "blackForestLabs"], "api": { "hosts": ["api.bfl.ai", "api.eu.bfl.ai", "api.us.bfl.ai", "api.eu1.bfl.ai", "api.us1.bfl.ai", "api.bfl.ml"], "endpoints": [{ "method": "POST", "path": "/v1/{model}", "api": "bfl.generate", "note": "model endpoint is the path segment: /v1/flux-2-max, /v1/flux-2-pro, /v1/flux-2-flex, /v1/flux-2-klein-4b, /v1/flux-2-klein-9b, /v1/flux-kontext-max, /v1/flux-kontext-pro, /v1/flux-pro-1.1-ultra, /v1/flux-pro-1.1, /v1/flux-pro, /v1/flux-dev (docs.bfl.ai generating_images list)" }, { "method": "POST", "path": "/v1/flux-2-pro", "api": "bfl.generate" }, { "method": "POST", "path": "/v1/flux-kontext-pro", "api": "bfl.edit" }, { "method": "POST", "path": "/v1/flux-fill", "api": "bfl.edit", "note": "listed in BFL-owned skill endpoints.md (black-forest-labs/skills), not in the docs list read" }, { "method": "GET", "path": "/v1/get_result", "api": "bfl.poll", "note": "query ?id=; docs say always follow the returned polling_url" }], "keyEnv": ["BFL_API_KEY"], "auth": "x-key: <key>", "source": "https://docs.bfl.ai/quick_start/generating_images", "checked": "2026-11-30", "note": "Hosts: help.bfl.ai 'Which API endpoint should I use?' (last updated June 12, 2026) lists api.bfl.ai (global), api.eu.bfl.ai (EU), api.us.bfl.ai (US) and says results come from delivery.*.bfl.ai. Older copies of docs.bfl.ai/integration_guidelines and docs.bfl.ml also list legacy single-cluster api.eu1.bfl.ai / api.us1.bfl.ai ('Required for finetuning operations'); the newer docs.bfl.ml .md copy drops them (conflict between copies). api.bfl.ml appears only in old third-party code (HF blog 2024, S). Third-party code says a polling_url may point at a regional sub-host such as api.eu2.bfl.ai (S, not listed). Header x-key and BFL_API_KEY: BFL-owned repo black-forest-labs/skills skills/bfl-api/references/endpoints.md and api-key-setup.md; @ai-sdk/black-forest-labs reads BFL_API_KEY and sends x-key." }, "sdks": [{ "language": "python", "package": "blackforest", "clients": ["BFLClient"], "calls": [{ "call": "generate", "api": "bfl.generate", "model": "#0" }], "source": "https://pypi.org/project/blackforest/0.1.1a1/", "checked": "2026-11-30", "confirmed": true, "note": "PyPI user bfl_ai ('Black Forest Labs') owns project blackforest, 'The official Python library for the Black Forest Labs API' (last released Nov 14, 2025). README: from blackforest import BFLClient (or from blackforestlabs import BFLClient); client.generate('flux-pro-1.1', inputs). Which env var it reads was not seen. Do not confuse with PyPI 'black-forest-labs' ('Unofficial Black Forest Labs API client', black_forest_labs.generate('flux-pro', prompt=...))." }, { "language": "javascript", "package": "@ai-sdk/black-forest-labs", "clients": ["blackForestLabs", "createBlackForestLabs"], "calls": [{ "call": "image", "api": "bfl.generate", "model": "#0" }, { "call": "imageModel", "api": "bfl.generate", "model": "#0" }], "source": "https://github.com/vercel/ai/blob/main/packages/black-forest-labs/src/black-forest-labs-provider.ts", "checked": "2026-11-30", "note": "v2.0.30 at vercel/ai HEAD 2026-08-22: defaultBaseURL 'https://api.bfl.ai/v1', environmentVariableName 'BFL_API_KEY', header 'x-key'. Third-party wrapper of the BFL API (Vercel), widely used." }], "keyFormats": [{ "name": "BFL API key", "prefix": "bfl_", "body": "[A-Za-z0-9_-]", "minBody": 32, "source": "https://github.com/black-forest-labs/skills/blob/main/skills/bfl-api/references/api-key-setup.md", "checked": "2026-11-30", "confirmed": true, "note": "BFL-owned skill repo: 'Copy the key (starts with `bfl_`)'. No body character class or length stated anywhere read; gitleaks and trufflehog (HEADs 2026-07/08) have no BFL rule. Not stated on docs.bfl.ai pages read. The length is not documented: 32 key characters after the prefix are required before a value counts as a BFL key (a detection threshold, not a documented length)." }], "freeTier": { "images": "none", "summary": "No free credits statement found; credits bought via Stripe, '1 credit = $0.01 USD'.", "source": "https://docs.bfl.ai/quick_start/get_started", "checked": "2026-11-30", "confirmed": false, "note": "get_started: 'Start generating ... create an account, add credits, and make your first API call'; 'Simple pricing: 1 credit = $0.01 USD'. Absence of a free tier is inferred (no statement either way), hence confirmed: false. model-facts.md (c) agrees." } }, { "id": "stability", "name": "Stability AI", "kind": "vendor", "names": ["Stability AI", "Stability", "stability", "stability-ai", "stabilityai", "Stable Diffusion", "Stable Image", "SAI"], "api": { "hosts": ["api.stability.ai", "grpc.stability.ai"], "endpoints": [{ "method": "POST", "path": "/v2beta/stable-image/generate/ultra", "api": "stability.generate.ultra" }, { "method": "POST", "path": "/v2beta/stable-image/generate/core", "api": "stability.generate.core" }, { "method": "POST", "path": "/v2beta/stable-image/generate/sd3", "api": "stability.generate.sd3", "note": "model is a form field: sd3.5-large, sd3.5-large-turbo, sd3.5-medium, sd3-large, sd3-large-turbo, sd3-medium (Stability-AI/ComfyUI-SAI_API)" }, { "method": "POST", "path": "/v2beta/stable-image/edit/inpaint", "api": "stability.edit" }, { "method": "POST", "path": "/v1/generation/{engine_id}/text-to-image", "api": "stability.v1.generate", "note": "v1 REST (Stability-AI/rest-api-support spec); engine id in path" }], "keyEnv": ["STABILITY_API_KEY", "STABILITY_KEY", "SAI_API_KEY"], "auth": "Authorization: Bearer <key> (multipart/form-data; Accept: image/* or application/json)", "source": "https://github.com/Stability-AI/ComfyUI-SAI_API/blob/main/stability_api.py", "checked": "2026-11-30", "note": "No platform.stability.ai page was in the store. Stability-owned code: ComfyUI-SAI_API stability_api.py ROOT_API 'https://api.stability.ai/v2beta/' + 'stable-image/generate/core|ultra|sd3', key from env SAI_API_KEY sent in Authorization. Stability-AI/stability-sdk README (gRPC, legacy): 'STABILITY_HOST ... grpc.stability.ai:443', 'Set the STABILITY_KEY environment variable'. STABILITY_API_KEY is the name used by most third-party code and blogs (S: agentbus.sh, juspay/neurolink) - no Stability page read names it. Bearer header: many third-party clients and the Stability-owned rest-api-support spec ('Include this key in the Authorization header')." }, "sdks": [{ "language": "python", "package": "stability-sdk", "clients": ["StabilityInference"], "calls": [{ "call": "generate", "api": "stability.grpc.generate", "note": "model: engine= constructor argument (e.g. stable-diffusion-xl-1024-v1-0)" }], "source": "https://github.com/Stability-AI/stability-sdk/blob/main/README.md", "checked": "2026-11-30", "note": "gRPC client ('pip install stability-sdk'); engine usage seen only in third-party code (S). Legacy; the v2beta REST API has no official SDK in sources read." }], "keyFormats": [{ "name": "Stability API key", "prefix": "sk-", "body": "[A-Za-z0-9]", "minBody": 40, "lengths": [51], "source": "https://aicredits.dev/submissions/186-stability-ai-25-free-credits-on-new-account-image-audio-apis", "checked": "2026-11-30", "confirmed": false, "note": "Secondary only: model-facts.md (c) records 'Authorization: Bearer sk-...' (S). Leaked keys in third-party code found by find_string show 'sk-' + 48 alphanumerics (51 total) - not reproduced here. No gitleaks/trufflehog rule for Stability; the sk- prefix collides with OpenAI-style keys, so prefix alone cannot identify the vendor." }], "freeTier": { "images": "credits", "summary": "25 free credits on new account, 1 credit = $0.01 (secondary, citing platform.stability.ai/pricing)", "source": "https://aicredits.dev/submissions/186-stability-ai-25-free-credits-on-new-account-image-audio-apis", "checked": "2026-11-30", "confirmed": false, "note": "Carried over from model-facts.md (c) (S: aicredits.dev, 6g-ai.com). Also S: agentbus.sh 'New accounts get 25 free credits'. No Stability page read." } }, { "id": "ideogram", "name": "Ideogram", "kind": "vendor", "names": ["Ideogram", "ideogram", "Ideogram AI", "ideogram-ai"], "api": { "hosts": ["api.ideogram.ai"], "endpoints": [{ "method": "POST", "path": "/v2/image/generate/{model}", "api": "ideogram.v2.generate", "note": "quickstart example /v2/image/generate/ideogram-4-5; model-facts also shows /v2/image/generate/gpt-image-2-5-flare" }, { "method": "POST", "path": "/v1/ideogram-v3/generate", "api": "ideogram.v3.generate", "note": "secondary only (jeremylongshore skills)" }, { "method": "POST", "path": "/generate", "api": "ideogram.legacy.generate", "note": "'Generate (legacy)' page; JSON body image_request.model = V_1, V_1_TURBO, V_2, V_2_TURBO, V_2A" }], "keyEnv": ["IDEOGRAM_API_KEY"], "auth": "Api-Key: <key>", "source": "https://developer.ideogram.ai/ideogram-api/quickstart", "checked": "2026-11-30", "note": "Quickstart (v2 docs, default): 'export IDEOGRAM_API_KEY=...'; 'Every request sends the key in the Api-Key header'; curl -X POST https://api.ideogram.ai/v2/image/generate/ideogram-4-5. v1 path /v1/ideogram-v3/generate and /v1/ideogram-v4/generate from S skills only. Legacy /generate: https://developer.ideogram.ai/api-reference/legacy-endpoints/generate (via model-facts)." }, "freeTier": { "images": "none", "summary": "API usage is prepaid: add a payment method and credits, then create an API key.", "source": "https://developer.ideogram.ai/v1/ideogram-api/api-setup/llms.txt", "checked": "2026-11-30", "confirmed": true, "note": "'API usage is prepaid: requests draw down a credit balance according to the API pricing.' A free account is enough to sign up, but API calls need credits." } }, { "id": "recraft", "name": "Recraft", "kind": "vendor", "names": ["Recraft", "recraft", "Recraft AI", "recraft-ai", "recraft.ai"], "api": { "hosts": ["external.api.recraft.ai"], "endpoints": [{ "method": "POST", "path": "/v1/images/generations", "api": "recraft.images.generate", "note": "model in JSON body (recraftv4_1 default etc.)" }], "keyEnv": ["RECRAFT_API_TOKEN"], "auth": "Authorization: Bearer <token>", "source": "https://www.recraft.ai/docs/api-reference/clients.md", "checked": "2026-11-30", "note": "Recraft docs: base URL https://external.api.recraft.ai/v1, 'Read the token from the RECRAFT_API_TOKEN environment variable' (agents.md), curl .../v1/images/generations -H 'Authorization: Bearer $RECRAFT_API_TOKEN'. LiteLLM instead reads RECRAFT_API_KEY (and RECRAFT_API_BASE) for route recraft/ - both names occur in code." }, "sdks": [{ "language": "python", "package": "openai", "clients": ["OpenAI"], "baseUrl": "https://external.api.recraft.ai/v1", "calls": [{ "call": "images.generate", "api": "recraft.images.generate", "model": "model" }], "source": "https://www.recraft.ai/docs/api-reference/clients.md", "checked": "2026-11-30", "note": "Recraft has no own SDK: 'The Recraft API is a plain REST API ... The OpenAI Python library is compatible with the Recraft API. Point it at the Recraft base URL'. A scanner must key on base_url host, not on the package." }], "freeTier": { "images": "unknown", "summary": "Token needs 'a positive API units balance'; 1 USD = 1,000 API units. No free API units statement found.", "source": "https://www.recraft.ai/docs/api-reference/agents", "checked": "2026-11-30", "confirmed": false, "note": "agents page: 'Token: created at https://app.recraft.ai/profile/api (needs a positive API units balance). 1 USD = 1,000 AP[I units]'. model-facts.md (c): free tier 'not found'." } }, { "id": "adobe-firefly", "name": "Adobe Firefly Services", "kind": "vendor", "names": ["Adobe Firefly", "Firefly", "Firefly Services", "Adobe Firefly Services", "firefly", "adobe-firefly", "Adobe"], "api": { "hosts": ["firefly-api.adobe.io", "ims-na1.adobelogin.com"], "endpoints": [{ "method": "POST", "path": "/v3/images/generate", "api": "firefly.images.generate", "note": "sync path from @adobe/firefly-apis 2.0.1 OpenAPI; changelog Oct 3, 2025 removed the non-async Generate Images v3 - use the async version" }, { "method": "POST", "path": "/v3/images/generate-async", "api": "firefly.images.generate_async", "note": "NOT verified: path string not read in any source; async API exists (Generate Image Async GA Nov 18, 2024)" }], "keyEnv": ["CLIENT_ID", "CLIENT_SECRET"], "auth": "X-Api-Key: <client_id> + Authorization: Bearer <OAuth server-to-server access token from ims-na1.adobelogin.com>", "source": "https://app.unpkg.com/@adobe/firefly-apis@2.0.1/files/oas/FFApiOpenApi3.json", "checked": "2026-11-30", "note": "OAS (Adobe npm package): servers https://firefly-api.adobe.io, security X-Api-Key + AccessToken, path /v3/images/generate. Changelog https://developer.adobe.com/firefly-services/docs/firefly-api/guides/changelog: Oct 3, 2025 removed sync Generate Images v3; Sep 10, 2025 removed Generate Images v2. Env names CLIENT_ID / CLIENT_SECRET are the tutorial's convention (developer.adobe.com 'Create your first Firefly API implementation'), not read by an SDK. Token host and 24 h expiry: model-facts.md (c) (P developer.adobe.com/firefly-services/docs/guides/get-started)." }, "freeTier": { "images": "none", "summary": "Enterprise only (Admin Console roles, 'Firefly - Firefly Services' product).", "source": "https://developer.adobe.com/firefly-services/docs/guides/get-started", "checked": "2026-11-30", "confirmed": true, "note": "Carried over from model-facts.md (c). OAS description: 'REST API for Adobe Firefly for enterprise usage'." } }, { "id": "fal", "name": "fal.ai", "kind": "aggregator", "names": ["fal", "fal.ai", "fal-ai", "fal_ai", "FAL", "Fal AI", "fal ai"], "api": { "hosts": ["fal.run", "queue.fal.run", "queue.falrun.com", "*.fal.run"], "endpoints": [{ "method": "POST", "path": "/{owner}/{app}[/{path}]", "api": "fal.queue.submit", "note": "endpoint id in the path, e.g. https://queue.fal.run/fal-ai/flux/dev; status/result/cancel under /{owner}/{app}/requests/{request_id}" }, { "method": "POST", "path": "/{owner}/{app}[/{path}]", "api": "fal.run", "note": "direct (no queue) call, e.g. https://fal.run/fal-ai/flux/schnell" }], "keyEnv": ["FAL_KEY", "FAL_KEY_ID", "FAL_KEY_SECRET"], "auth": "Authorization: Key <FAL_KEY>", "source": "https://fal.ai/docs/api-reference/inference-api/openapi/queue.json", "checked": "2026-11-30", "note": "Queue API OpenAPI: servers https://queue.fal.run ('The backup host is https://queue.falrun.com.'), path /{owner}/{app} submitQueueRequest. fal-js libs/client/src/request.ts builds `https://${subdomain}fal.run/${appId}/${path}` and sends `Authorization: Key ${credentials}`; config.ts reads FAL_KEY, else FAL_KEY_ID + FAL_KEY_SECRET joined as `${FAL_KEY_ID}:${FAL_KEY_SECRET}`. Realtime uses wss://fal.run/... Output files on *.fal.media (e.g. v3.fal.media, v3b.fal.media in fal-js types). The @ai-sdk/fal provider reads FAL_API_KEY first, then FAL_KEY, and LiteLLM reads FAL_AI_API_KEY - three env names occur in user code." }, "sdks": [{ "language": "javascript", "package": "@fal-ai/client", "clients": ["fal", "createFalClient"], "calls": [{ "call": "subscribe", "api": "fal.queue.submit", "model": "#0", "when": "image-model" }, { "call": "run", "api": "fal.run", "model": "#0", "when": "image-model" }, { "call": "queue.submit", "api": "fal.queue.submit", "model": "#0", "when": "image-model" }, { "call": "stream", "api": "fal.stream", "model": "#0", "when": "image-model" }, { "call": "realtime.connect", "api": "fal.realtime", "model": "#0", "when": "image-model" }], "source": "https://fal.ai/docs/api-reference/client-libraries/javascript/index.md", "checked": "2026-11-30", "note": "API table: fal.run(), fal.subscribe(), fal.stream(), fal.queue.submit(), fal.queue.status(), fal.queue.result(), fal.realtime.connect(), fal.storage.upload(). fal-js HEAD package.json @fal-ai/client 1.10.1. Older package name @fal-ai/serverless-client not checked." }, { "language": "python", "package": "fal-client", "clients": ["fal_client", "SyncClient", "AsyncClient"], "calls": [{ "call": "subscribe", "api": "fal.queue.submit", "model": "#0", "when": "image-model" }, { "call": "run", "api": "fal.run", "model": "#0", "when": "image-model" }, { "call": "submit", "api": "fal.queue.submit", "model": "#0", "when": "image-model" }, { "call": "subscribe_async", "api": "fal.queue.submit", "model": "#0", "when": "image-model" }, { "call": "run_async", "api": "fal.run", "model": "#0", "when": "image-model" }, { "call": "submit_async", "api": "fal.queue.submit", "model": "#0", "when": "image-model" }, { "call": "stream", "api": "fal.stream", "model": "#0", "when": "image-model" }], "source": "https://fal.ai/docs/api-reference/client-libraries/python/fal_client.md", "checked": "2026-11-30", "note": "Exports list: run, subscribe_async, subscribe, submit, stream, run_async, submit_async, stream_async, realtime, ... Package name 'fal-client' (pip) per docs.fal.ai installation page; import name fal_client. 'pip install fal' is the Serverless CLI, not the model client." }, { "language": "javascript", "package": "@ai-sdk/fal", "clients": ["fal", "createFal"], "calls": [{ "call": "image", "api": "fal.run", "model": "#0" }, { "call": "imageModel", "api": "fal.run", "model": "#0" }], "source": "https://github.com/vercel/ai/blob/main/packages/fal/src/fal-provider.ts", "checked": "2026-11-30", "note": "v3.0.30: defaultBaseURL 'https://fal.run'; env FAL_API_KEY then FAL_KEY; header Authorization: Key. Vercel-maintained." }], "freeTier": { "images": "credits", "summary": "Free credits exist as grants with variable expiration (1 week to 1 year); amount not stated; new accounts 2 concurrent requests.", "source": "https://fal.ai/docs/model-apis/faq", "checked": "2026-11-30", "confirmed": true, "note": "Carried over from model-facts.md (c): 'Free credits and coupons have variable expiration ... 1 week to 1 year'. Not a standing free tier." } }, { "id": "replicate", "name": "Replicate", "kind": "aggregator", "names": ["Replicate", "replicate", "replicate.com"], "api": { "hosts": ["api.replicate.com", "streaming.api.replicate.com"], "endpoints": [{ "method": "POST", "path": "/v1/models/{owner}/{name}/predictions", "api": "replicate.predictions.create", "note": "official models by name, e.g. black-forest-labs/flux-schnell" }, { "method": "POST", "path": "/v1/predictions", "api": "replicate.predictions.create", "note": "version (64-char id) in JSON body" }, { "method": "POST", "path": "/v1/deployments/{owner}/{name}/predictions", "api": "replicate.deployments.predictions.create" }, { "method": "GET", "path": "/v1/predictions/{id}", "api": "replicate.predictions.get" }], "keyEnv": ["REPLICATE_API_TOKEN"], "auth": "Authorization: Bearer <token>", "source": "https://github.com/replicate/replicate-javascript/blob/main/index.js", "checked": "2026-11-30", "note": "replicate-javascript index.js: auth 'Defaults to the REPLICATE_API_TOKEN environment variable', baseUrl default https://api.replicate.com/v1, headers Authorization: `Bearer ${auth}`; lib/predictions.js posts to /predictions or /models/${model}/predictions; lib/deployments.js to /deployments/{owner}/{name}/predictions. README shows stream URLs on streaming.api.replicate.com." }, "sdks": [{ "language": "javascript", "package": "replicate", "clients": ["Replicate"], "calls": [{ "call": "run", "api": "replicate.predictions.create", "model": "#0", "when": "image-model" }, { "call": "predictions.create", "api": "replicate.predictions.create", "model": "model", "when": "image-model" }, { "call": "stream", "api": "replicate.predictions.create", "model": "#0", "when": "image-model" }, { "call": "deployments.predictions.create", "api": "replicate.deployments.predictions.create", "when": "image-model", "note": "model: deployment owner and name arguments" }], "source": "https://github.com/replicate/replicate-javascript/blob/main/README.md", "checked": "2026-11-30", "note": "HEAD package.json replicate 1.4.0 (2025-11-17). README: const output = await replicate.run(identifier, options, progress)." }, { "language": "python", "package": "replicate", "clients": ["replicate", "Client"], "calls": [{ "call": "run", "api": "replicate.predictions.create", "model": "#0", "when": "image-model" }, { "call": "async_run", "api": "replicate.predictions.create", "model": "#0", "when": "image-model" }, { "call": "stream", "api": "replicate.predictions.create", "model": "#0", "when": "image-model" }, { "call": "predictions.create", "api": "replicate.predictions.create", "model": "version", "when": "image-model" }], "source": "https://github.com/replicate/replicate-python/blob/main/README.md", "checked": "2026-11-30", "note": "README: 'pip install replicate', 'export REPLICATE_API_TOKEN=<your token>', replicate.run(...), async via 'prepending async_ to the method name'." }, { "language": "javascript", "package": "@ai-sdk/replicate", "clients": ["replicate", "createReplicate"], "calls": [{ "call": "image", "api": "replicate.predictions.create", "model": "#0" }, { "call": "imageModel", "api": "replicate.predictions.create", "model": "#0" }], "source": "https://github.com/vercel/ai/blob/main/packages/replicate/src/replicate-provider.ts", "checked": "2026-11-30", "note": "v3.0.30: default https://api.replicate.com/v1, environmentVariableName REPLICATE_API_TOKEN." }], "keyFormats": [{ "name": "Replicate API token", "prefix": "r8_", "body": "[0-9A-Za-z_-]", "minBody": 37, "source": "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/replicate/replicate.go", "checked": "2026-11-30", "confirmed": false, "note": "trufflehog regex `\\b(r8_[0-9A-Za-z-_]{37})\\b` (3+37 = 40 chars; S). Prefix r8_ itself is shown on Replicate's own prediction page (P, model-facts.md (c): https://replicate.com/p/66fb5tq3n9rma0cpfkvs4ay9sm). Length only from the scanner. gitleaks has no Replicate rule." }], "freeTier": { "images": "none", "summary": "'requires paid credits' (secondary); openai/gpt-image-1 on Replicate is bring-your-own OpenAI key.", "source": "https://replicate.com/openai/gpt-image-1", "checked": "2026-11-30", "confirmed": false, "note": "Carried over from model-facts.md (c): S anything.com 'requires paid credits'; P Replicate model page 'You need to bring your own verified OpenAI key to use this model.'" } }, { "id": "openrouter", "name": "OpenRouter", "kind": "aggregator", "names": ["OpenRouter", "openrouter", "Open Router", "openrouter.ai"], "api": { "hosts": ["openrouter.ai"], "endpoints": [{ "method": "POST", "path": "/api/v1/chat/completions", "api": "openrouter.chat.image" }, { "method": "POST", "path": "/api/v1/images", "api": "openrouter.images.generate", "note": "dedicated Image API; path string from third-party code + a GitHub discussion, SDK docs name it images.generate" }], "keyEnv": ["OPENROUTER_API_KEY"], "auth": "Authorization: Bearer <key>", "source": "https://www.openrouter.ai/docs/features/multimodal/image-generation", "checked": "2026-11-30", "note": `Older docs copy: 'send a request to the /api/v1/chat/completions endpoint with the modalities parameter set to include both "image" and "text"'. Newer docs copy (openrouter.ai/docs/guides/overview/multimodal/image-generation.md): 'OpenRouter provides a dedicated Image API for generating images from text prompts'. The exact path /api/v1/images was read only in third-party code (several repos, e.g. 'OPENROUTER_IMAGE_URL = "https://openrouter.ai/api/v1/images"') and in shanliuling/dsh-image-gen discussion #76 ('OpenRouter's dedicated Image API uses /api/v1/images'); one third-party file says image-only models are reachable only there. Some code also calls /api/v1/images/generations (not confirmed by OpenRouter).` }, "sdks": [{ "language": "javascript", "package": "openai", "clients": ["OpenAI"], "baseUrl": "https://openrouter.ai/api/v1", "calls": [{ "call": "chat.completions.create", "api": "openrouter.chat.image", "model": "model", "when": "image-output" }], "source": "https://openrouter.ai/docs/community/openai-sdk", "checked": "2026-11-30" }, { "language": "python", "package": "openai", "clients": ["OpenAI"], "baseUrl": "https://openrouter.ai/api/v1", "calls": [{ "call": "chat.completions.create", "api": "openrouter.chat.image", "model": "model", "when": "image-output" }], "source": "https://openrouter.ai/docs/community/openai-sdk", "checked": "2026-11-30", "note": "Docs: '# gets API Key from environment variable OPENROUTER_API_KEY'; OpenRouter-only arguments go in extra_body." }, { "language": "javascript", "package": "@openrouter/sdk", "clients": ["OpenRouter"], "calls": [{ "call": "images.generate", "api": "openrouter.images.generate", "model": "model" }, { "call": "chat.send", "api": "openrouter.chat.image", "model": "model", "when": "image-output" }], "source": "https://www.openrouter.ai/docs/client-sdks/typescript/sdks/images/README", "checked": "2026-11-30", "note": "Images README: openRouter.images.generate({ imageGenerationRequest: { model, prompt } }); standalone imagesGenerate() from '@openrouter/sdk/funcs/imagesGenerate.js'; also images.listModels. Example uses apiKey: process.env['OPENROUTER_API_KEY']." }], "keyFormats": [{ "name": "OpenRouter API key", "prefix": "sk-or-v1-", "body": "[0-9a-f]", "minBody": 40, "lengths": [73], "source": "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/openrouter/openrouter.go", "checked": "2026-11-30", "confirmed": false, "note": 'trufflehog regex `\\b(sk-or-v1-[0-9a-f]{64})\\b` (9+64 = 73 chars; S). Prefix also on OpenRouter\'s install page (P): export OPENROUTER_API_KEY="sk-or-v1-YOUR-API-KEY". gitleaks has no OpenRouter rule.' }], "freeTier": { "images": "unknown", "summary": "Some ':free' model variants exist (secondary: plugin config 'google/gemini-2.5-flash-image-preview:free'); whether any image model is currently free is not confirmed.", "source": "https://raw.githubusercontent.com/OVINC-CN/OpenWebUIPlugin/refs/heads/main/pipes/openrouter_image.py", "checked": "2026-11-30", "confirmed": false, "note": "model-facts.md (c) rates this low. gemini-2.5-flash-image-preview itself was shut down by Google by 2026-01-15 (model-facts (b))." } }, { "id": "vercel-ai-gateway", "name": "Vercel AI Gateway", "kind": "aggregator", "names": ["Vercel AI Gateway", "AI Gateway", "vercel-ai-gateway", "vercel", "Vercel", "gateway"], "api": { "hosts": ["ai-gateway.vercel.sh"], "endpoints": [{ "method": "POST", "path": "/v1/chat/completions", "api": "gateway.chat.image" }, { "method": "POST", "path": "/v1/images/generations", "api": "gateway.images.generate", "note": "seen only in third-party code (several repos, models openai/gpt-image-2, bfl/flux-pro-1.1); not on a Vercel page read" }, { "method": "POST", "path": "/v1/images/edits", "api": "gateway.images.edit", "note": "third-party code only" }, { "method": "POST", "path": "/v4/ai/...", "api": "gateway.ai-sdk", "note": "AI SDK gateway provider base URL at vercel/ai HEAD 2026-08-22: 'https://ai-gateway.vercel.sh/v4/ai' (sub-paths not recorded)" }], "keyEnv": ["AI_GATEWAY_API_KEY", "VERCEL_OIDC_TOKEN"], "auth": "Authorization: Bearer <AI Gateway API key or Vercel OIDC token>", "source": "https://vercel.com/docs/ai-gateway/sdks-and-apis/openai-chat-completions/image-generation", "checked": "2026-11-30", "note": "Vercel docs (last_updated 2026-03-07 copy; mirror vercel-ship.vercel.sh shows code): Endpoint 'POST /chat/completions', 'modalities (array) ... Use ['text', 'image'] ... or ['image']', apiKey = process.env.AI_GATEWAY_API_KEY || process.env.VERCEL_OIDC_TOKEN, baseURL 'https://ai-gateway.vercel.sh/v1'. OpenAI-compat page lists GET /v1/models, POST /v1/chat/completions ('... and image generation'), POST /v1/embeddings, GET /v1/credits (no images endpoint listed in that copy). @ai-sdk/gateway getGatewayAuthToken: AI_GATEWAY_API_KEY else OIDC." }, "sdks": [{ "language": "javascript", "package": "ai", "calls": [{ "call": "generateImage", "api": "gateway.image", "model": "model" }, { "call": "experimental_generateImage", "api": "gateway.image", "model": "model", "note": "when: AI SDK <= 6; export removed in AI SDK 7" }, { "call": "generateText", "api": "gateway.chat.image", "model": "model", "when": "image-model" }], "source": "https://github.com/vercel/ai/blob/main/packages/ai/src/model/resolve-model.ts", "checked": "2026-11-30", "note": "resolveImageModel: typeof model === 'string' -> getGlobalProvider().imageModel(model); getGlobalProvider = globalThis.AI_SDK_DEFAULT_PROVIDER ?? gateway. Commit 25a64f8b (2026-06-12) 'Remove deprecated experimental generateImage exports' for AI SDK 7 (ai 7.0.77 at HEAD). generateText image usage: https://vercel.com/docs/ai-gateway/modalities/image-generation/ai-sdk." }, { "language": "javascript", "package": "@ai-sdk/gateway", "clients": ["gateway", "createGateway"], "calls": [{ "call": "imageModel", "api": "gateway.image", "model": "#0" }], "source": "https://github.com/vercel/ai/blob/main/packages/gateway/src/gateway-provider.ts", "checked": "2026-11-30", "note": "v4.0.62; default baseURL https://ai-gateway.vercel.sh/v4/ai; env AI_GATEWAY_API_KEY." }, { "language": "javascript", "package": "openai", "clients": ["OpenAI"], "baseUrl": "https://ai-gateway.vercel.sh/v1", "calls": [{ "call": "chat.completions.create", "api": "gateway.chat.image", "model": "model", "when": "image-output" }], "source": "https://vercel.com/docs/ai-gateway/sdks-and-apis/openai-chat-completions/image-generation", "checked": "2026-11-30" }, { "language": "python", "package": "openai", "clients": ["OpenAI"], "baseUrl": "https://ai-gateway.vercel.sh/v1", "calls": [{ "call": "chat.completions.create", "api": "gateway.chat.image", "model": "model", "when": "image-output" }], "source": "https://vercel.com/docs/ai-gateway/sdks-and-apis/openai-chat-completions/image-generation", "checked": "2026-11-30" }], "freeTier": { "images": "credits", "summary": "'Free users get $5 of credits every 30 days' (Vercel model page).", "source": "https://vercel.com/ai-gateway/models/recraft-v2", "checked": "2026-11-30", "confirmed": true, "note": "Carried over from model-facts.md (c)." } }, { "id": "together", "name": "Together AI", "kind": "aggregator", "names": ["Together AI", "Together", "together", "together.ai", "togetherai", "together_ai", "TogetherAI"], "api": { "hosts": ["api.together.xyz", "api.together.ai"], "endpoints": [{ "method": "POST", "path": "/v1/images/generations", "api": "together.images.generate", "note": "model in JSON body, e.g. black-forest-labs/FLUX.1-schnell" }], "keyEnv": ["TOGETHER_API_KEY"], "auth": "Authorization: Bearer <key>", "source": "https://together.ai/models/flux-1-schnell", "checked": "2026-11-30", "note": "Model page: curl -X POST 'https://api.together.xyz/v1/images/generations' -H 'Authorization: Bearer $TOGETHER_API_KEY'. api.together.ai appears only in third-party code (a HF Space calling https://api.together.ai/inferences, S) - treat as unconfirmed. @ai-sdk/togetherai default baseURL 'https://api.together.xyz/v1/' and env TOGETHER_API_KEY." }, "sdks": [{ "language": "python", "package": "together", "clients": ["Together"], "calls": [{ "call": "images.generate", "api": "together.images.generate", "model": "model" }], "source": "https://github.com/togethercomputer/together-python/blob/main/src/together/resources/images.py", "checked": "2026-11-30", "note": "Images.generate(*, prompt, model, ...) posts to images/generations; AsyncImages.generate likewise." }, { "language": "javascript", "package": "together-ai", "clients": ["Together"], "calls": [{ "call": "images.generate", "api": "together.images.generate", "model": "model" }, { "call": "images.create", "api": "together.images.generate", "model": "model", "note": "when: as shown on the together.ai model page; not in current SDK source" }], "source": "https://github.com/togethercomputer/together-typescript/blob/main/src/resources/images.ts", "checked": "2026-11-30", "note": "SDK source (Stainless): generate(body) -> this._client.post('/images/generations'); example client.images.generate({ model: 'black-forest-labs/FLUX.1-schnell', prompt }). The together.ai FLUX.1 [schnell] Free page shows `together.images.create({...})` with import Together from 'together-ai' - conflict between copies." }, { "language": "javascript", "package": "@ai-sdk/togetherai", "clients": ["togetherai", "createTogetherAI"], "calls": [{ "call": "image", "api": "together.images.generate", "model": "#0" }, { "call": "imageModel", "api": "together.images.generate", "model": "#0" }], "source": "https://github.com/vercel/ai/blob/main/packages/togetherai/src/togetherai-provider.ts", "checked": "2026-11-30" }], "freeTier": { "images": "free-tier", "summary": "'FLUX.1 [schnell] Free API - Free endpoint for the SOTA open-source image generation model' (model black-forest-labs/FLUX.1-schnell-Free).", "source": "https://together.ai/models/flux-1-schnell", "checked": "2026-11-30", "confirmed": false, "note": "Page undated; the SDK type list still includes 'black-forest-labs/FLUX.1-schnell-Free'. Whether the free endpoint still exists on 2026-11-30 was not confirmed. Not in model-facts.md." } }, { "id": "litellm", "name": "LiteLLM", "kind": "library", "names": ["LiteLLM", "litellm", "LiteLLM Proxy", "litellm-proxy", "litellm_proxy"], "api": { "hosts": [], "endpoints": [{ "method": "POST", "path": "/v1/images/generations", "api": "litellm.proxy.images.generate", "note": "on the user's own proxy (docs example http://0.0.0.0:4000); model = model_name from the proxy's config.yaml model_list" }, { "method": "POST", "path": "/v1/images/edits", "api": "litellm.proxy.images.edit", "note": "Recraft/BFL image edit docs" }, { "method": "POST", "path": "/v1/chat/completions", "api": "litellm.proxy.chat.image" }], "auth": "Authorization: Bearer <proxy master key or virtual key> (proxy); upstream keys per route (see note)", "source": "https://docs.litellm.ai/docs/providers/recraft", "checked": "2026-11-30", "note": "Hosts are the customer's own proxy, so none are listed. Docs (Recraft page, last_updated 2026-10-09): 'litellm --config config.yaml  # RUNNING on http://0.0.0.0:4000', curl 'http://0.0.0.0:4000/v1/images/generations' with 'Authorization: Bearer sk-1234' (master_key). Upstream env vars by route, from LiteLLM provider docs: black_forest_labs/ -> BFL_API_KEY; fal_ai/ -> FAL_AI_API_KEY; recraft/ -> RECRAFT_API_KEY (+ RECRAFT_API_BASE); gemini/ -> GEMINI_API_KEY; dall-e-3 (no prefix, OpenAI) -> OPENAI_API_KEY. Image-generation providers listed on https://litellm.vercel.app/docs/image_generation.md (last_updated 2026-10-10): OpenAI, Azure, Google AI Studio, Vertex AI, AWS Bedrock, Black Forest Labs, Recraft, OpenRouter, Xinference, Nscale (fal_ai and stability have their own provider pages)." }, "sdks": [{ "language": "python", "package": "litellm", "clients": ["litellm", "Router"], "calls": [{ "call": "image_generation", "api": "litellm.images.generate", "model": "model" }, { "call": "aimage_generation", "api": "litellm.images.generate", "model": "model" }, { "call": "aimage_generation", "api": "litellm.images.generate", "model": "model" }, { "call": "completion", "api": "litellm.chat.image", "model": "model", "when": "image-model" }], "source": "https://docs.litellm.ai/docs/providers/black_forest_labs", "checked": "2026-11-30", "note": `Docs: 'from litellm import image_generation'; response = litellm.image_generation(model='black_forest_labs/flux-pro-1.1', prompt=...). Async: 'response = await litellm.aimage_generation(model="fal_ai/fal-ai/stable-diffusion-v35-medium", ...)' (LiteLLM fal_ai docs source via find_string). Router.aimage_generation(self, prompt, model, **kwargs) seen in router code via find_string (file not attributed). Proxy is also called with the openai SDK pointed at the proxy base URL.` }], "modelPrefixes": [{ "prefix": "azure/", "provider": "azure-openai", "source": "https://litellm.vercel.app/docs/image_generation.md", "checked": "2026-11-30", "note": "The part after azure/ is the customer's Azure deployment name (example: azure/gpt-image-1)." }, { "prefix": "bedrock/", "provider": "amazon-bedrock", "source": "https://docs.litellm.ai/docs/providers/bedrock_image_gen", "checked": "2026-11-30", "note": "Bedrock model ids after bedrock/ (example: bedrock/amazon.nova-canvas-v1:0)." }, { "prefix": "vertex_ai/", "provider": "google-vertex", "source": "https://docs.litellm.ai/docs/providers/vertex_image", "checked": "2026-11-30", "note": "Example: vertex_ai/gemini-2.5-flash-image (page last updated 2026-10-06)." }, { "prefix": "gemini/", "provider": "google", "source": "https://docs.litellm.ai/docs/completion/image_generation_chat", "checked": "2026-11-30", "note": "Example: gemini/gemini-2.5-flash-image-preview (chat-completion image generation)." }, { "prefix": "black_forest_labs/", "provider": "bfl", "source": "https://docs.litellm.ai/docs/providers/black_forest_labs", "checked": "2026-11-30", "note": "Example: black_forest_labs/flux-pro-1.1 (page last updated 2026-10-04)." }, { "prefix": "fal_ai/", "provider": "fal", "source": "https://docs.litellm.ai/docs/providers/fal_ai", "checked": "2026-11-30", "note": "fal endpoint ids after fal_ai/ (example: fal_ai/fal-ai/flux-pro/v1.1)." }, { "prefix": "stability/", "provider": "stability", "source": "https://docs.litellm.ai/docs/providers/stability", "checked": "2026-11-30", "note": "Stability's own REST API, not Bedrock (example: stability/sd3.5-large; page last updated 2026-10-09)." }, { "prefix": "recraft/", "provider": "recraft", "source": "https://docs.litellm.ai/docs/providers/recraft", "checked": "2026-11-30", "note": "Example: recraft/recraftv3." }, { "prefix": "openrouter/", "provider": "openrouter", "source": "https://docs.litellm.ai/docs/providers/openrouter", "checked": "2026-11-30", "note": "OpenRouter model ids after openrouter/." }] }, { "id": "huggingface", "name": "Hugging Face", "kind": "aggregator", "names": ["Hugging Face Inference Providers", "Hugging Face", "HuggingFace", "huggingface", "HF", "hf-inference", "Inference Providers"], "api": { "hosts": ["router.huggingface.co", "api-inference.huggingface.co"], "auth": "Authorization: Bearer <hf_ token>", "source": "https://github.com/vercel/ai/blob/main/packages/huggingface/src/huggingface-provider.ts", "checked": "2026-11-30", "confirmed": false, "note": "router.huggingface.co: @ai-sdk/huggingface default baseURL 'https://router.huggingface.co/v1' (env HUGGINGFACE_API_KEY; its imageModel() throws NoSuchModel - no image support) and third-party hexdocs (S) 'Routes through https://router.huggingface.co when using an HF token, or directly to https://api-inference.huggingface.co'. The text-to-image HTTP path and HF's own default env var (HF_TOKEN) were not read on an HF page." }, "sdks": [{ "language": "python", "package": "huggingface_hub", "clients": ["InferenceClient"], "calls": [{ "call": "text_to_image", "api": "hf.text_to_image", "model": "model" }], "source": "https://github.com/huggingface/huggingface_hub/blob/main/docs/source/en/guides/inference.md", "checked": "2026-11-30", "note": `Guide: 'from huggingface_hub import InferenceClient; client = InferenceClient(); image = client.text_to_image("An astronaut riding a horse on the moon.")'. Newer guide copies: InferenceClient covers 'Inference Providers ... powered by our serverless inference partners'. The provider= argument name was not read verbatim.` }, { "language": "javascript", "package": "@huggingface/inference", "calls": [{ "call": "textToImage", "api": "hf.text_to_image", "model": "model" }], "source": "https://app.unpkg.com/@huggingface/inference@3.12.1/files/dist/src/tasks/cv/textToImage.d.ts.map", "checked": "2026-11-30", "confirmed": false, "note": "Package description 'Typescript client for the Hugging Face Inference Providers and Inference Endpoints'; textToImage declared in src/tasks/cv/textToImage.ts (source map only; argument shape not read)." }], "keyFormats": [{ "name": "Hugging Face access token", "prefix": "hf_", "body": "[A-Za-z0-9]", "minBody": 34, "source": "https://github.com/gitleaks/gitleaks/blob/master/config/gitleaks.toml", "checked": "2026-11-30", "confirmed": false, "note": "gitleaks rule huggingface-access-token `\\b(hf_(?i:[a-z]{34}))` (letters only); trufflehog huggingface.go `\\b(?:hf_|api_org_)[a-zA-Z0-9]{34}\\b` (letters and digits) - the two scanners disagree on digits. Both: 3+34 = 37 chars. Org tokens: api_org_ + 34. Scanner rules only (S)." }], "freeTier": { "images": "unknown", "summary": "Not checked on an HF page. Older huggingface_hub guide copies call the HF Inference API 'free'; current Inference Providers billing not read.", "source": "https://huggingface.co/docs/huggingface_hub/v0.30.1/guides/inference", "checked": "2026-11-30", "confirmed": false } }, { "id": "luma", "name": "Luma AI", "kind": "vendor", "names": ["Luma", "Luma AI", "luma"], "api": { "hosts": ["api.lumalabs.ai"], "keyEnv": ["LUMA_API_KEY"], "auth": "not read", "source": "https://github.com/vercel/ai/blob/main/packages/luma/src/luma-provider.ts", "checked": "2026-11-30", "confirmed": false, "note": "Only from the Vercel AI SDK provider (v3.0.30): defaultBaseURL 'https://api.lumalabs.ai', environmentVariableName 'LUMA_API_KEY'. No Luma page read; image path not recorded. Listed because the brief names @ai-sdk/luma." }, "sdks": [{ "language": "javascript", "package": "@ai-sdk/luma", "clients": ["luma", "createLuma"], "calls": [{ "call": "image", "api": "luma.image", "model": "#0" }, { "call": "imageModel", "api": "luma.image", "model": "#0" }], "source": "https://github.com/vercel/ai/blob/main/packages/luma/src/luma-provider.ts", "checked": "2026-11-30" }] }], "otherKeyFormats": [{ "name": "Anthropic key", "prefix": "sk-ant-", "body": "[A-Za-z0-9_-]", "minBody": 40, "lengths": [108], "source": "https://github.com/gitleaks/gitleaks/blob/b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b/config/gitleaks.toml", "checked": "2026-11-30", "confirmed": false, "note": "gitleaks rule anthropic-api-key: `sk-ant-api03-[a-zA-Z0-9_\\-]{93}AA` (7 + 6 + 93 + 2 = 108 characters). Anthropic has no image-generation API; its keys are listed because rules.md names them and they get pasted into manifests." }] }, "file": { "file": "policies/providers.yml", "checked": "2026-11-30", "at": { "line": 27, "column": 10 } } } };
function builtinText(name) {
  if (!Object.hasOwn(TEXTS, name)) throw new Error("no built-in data file " + name);
  return TEXTS[name];
}
function builtinCatalog(name) {
  return Object.hasOwn(CATALOGS, name) ? CATALOGS[name] : void 0;
}

// src/policy/builtin.ts
var BUILTIN_PRESETS = ["minimal", "recommended", "strict"];
function isBuiltinPreset(name) {
  return BUILTIN_PRESETS.includes(name);
}
function readBuiltin(name) {
  return { file: `policies/${name}.yml`, text: builtinText(name) };
}

// src/policy/errors.ts
var ConfigError = class extends Error {
  name = "ConfigError";
  problems;
  constructor(problems) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map(describeProblem).join("\n"));
    this.problems = list;
  }
};
function describeProblem(problem) {
  if (!problem.file) return problem.message;
  const where = problem.at ? `${problem.file}:${problem.at.line}:${problem.at.column}` : problem.file;
  return `${where}: ${problem.message}`;
}

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject2(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend2(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string3, count) {
    let result2 = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result2 += string3;
    }
    return result2;
  }
  function isNegativeZero(number2) {
    return number2 === 0 && Number.NEGATIVE_INFINITY === 1 / number2;
  }
  common.isNothing = isNothing;
  common.isObject = isObject2;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend2;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError2(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError2(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError2(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position2, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position2 - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position2 - maxHalfLength + head.length;
    }
    if (lineEnd - position2 > maxHalfLength) {
      tail = " ...";
      lineEnd = position2 + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position2 - lineStart + head.length
      // relative position
    };
  }
  function padStart(string3, max) {
    return common2.repeat(" ", max - string3.length) + string3;
  }
  function makeSnippet(mark, options5) {
    options5 = Object.create(options5 || null);
    if (!mark.buffer) return null;
    if (!options5.maxLength) options5.maxLength = 79;
    if (typeof options5.indent !== "number") options5.indent = 1;
    if (typeof options5.linesBefore !== "number") options5.linesBefore = 3;
    if (typeof options5.linesAfter !== "number") options5.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match2;
    let foundLineNo = -1;
    while (match2 = re.exec(mark.buffer)) {
      lineEnds.push(match2.index);
      lineStarts.push(match2.index + match2[0].length);
      if (mark.position <= match2.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result2 = "";
    const lineNoLength = Math.min(mark.line + options5.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options5.maxLength - (options5.indent + lineNoLength + 3);
    for (let i = 1; i <= options5.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result2 = common2.repeat(" ", options5.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result2;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result2 += common2.repeat(" ", options5.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result2 += common2.repeat("-", options5.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options5.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result2 += common2.repeat(" ", options5.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result2.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result2 = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result2[String(alias)] = style;
        });
      });
    }
    return result2;
  }
  function Type2(tag, options5) {
    options5 = options5 || {};
    Object.keys(options5).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options5;
    this.tag = tag;
    this.kind = options5["kind"] || null;
    this.resolve = options5["resolve"] || function() {
      return true;
    };
    this.construct = options5["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options5["instanceOf"] || null;
    this.predicate = options5["predicate"] || null;
    this.represent = options5["represent"] || null;
    this.representName = options5["representName"] || null;
    this.defaultStyle = options5["defaultStyle"] || null;
    this.multi = options5["multi"] || false;
    this.styleAliases = compileStyleAliases(options5["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result2 = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result2.length;
      result2.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result2[newIndex] = currentType;
    });
    return result2;
  }
  function compileMap() {
    const result2 = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result2.multi[type2.kind].push(type2);
        result2.multi["fallback"].push(type2);
      } else {
        result2[type2.kind][type2.tag] = result2["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result2;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend2(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result2 = Object.create(Schema2.prototype);
    result2.implicit = (this.implicit || []).concat(implicit);
    result2.explicit = (this.explicit || []).concat(explicit);
    result2.compiledImplicit = compileList(result2, "implicit");
    result2.compiledExplicit = compileList(result2, "explicit");
    result2.compiledTypeMap = compileMap(result2.compiledImplicit, result2.compiledExplicit);
    return result2;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null3;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null3;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null3 = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null3;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int2;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int2;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int2 = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int2;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match2 = YAML_DATE_REGEXP.exec(data);
    if (match2 === null) match2 = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match2 === null) throw new Error("Date resolve error");
    const year = +match2[1];
    const month = +match2[2] - 1;
    const day = +match2[3];
    if (!match2[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match2[4];
    const minute = +match2[5];
    const second = +match2[6];
    if (match2[7]) {
      fraction = match2[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match2[9]) {
      const tzHour = +match2[10];
      const tzMinute = +(match2[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match2[9] === "-") delta = -delta;
    }
    const date3 = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date3.setTime(date3.getTime() - delta);
    return date3;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge2;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge2;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge2 = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge2;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code2 = map2.indexOf(data.charAt(idx));
      if (code2 > 64) continue;
      if (code2 < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result2 = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result2.push(bits >> 16 & 255);
        result2.push(bits >> 8 & 255);
        result2.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result2.push(bits >> 16 & 255);
      result2.push(bits >> 8 & 255);
      result2.push(bits & 255);
    } else if (tailbits === 18) {
      result2.push(bits >> 10 & 255);
      result2.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result2.push(bits >> 4 & 255);
    }
    return new Uint8Array(result2);
  }
  function representYamlBinary(object) {
    let result2 = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result2 += map2[bits >> 18 & 63];
        result2 += map2[bits >> 12 & 63];
        result2 += map2[bits >> 6 & 63];
        result2 += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result2 += map2[bits >> 18 & 63];
      result2 += map2[bits >> 12 & 63];
      result2 += map2[bits >> 6 & 63];
      result2 += map2[bits & 63];
    } else if (tail === 2) {
      result2 += map2[bits >> 10 & 63];
      result2 += map2[bits >> 4 & 63];
      result2 += map2[bits << 2 & 63];
      result2 += map2[64];
    } else if (tail === 1) {
      result2 += map2[bits >> 2 & 63];
      result2 += map2[bits << 4 & 63];
      result2 += map2[64];
      result2 += map2[64];
    }
    return result2;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair2 = object[index];
      let pairHasKey = false;
      if (_toString.call(pair2) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair2) {
        if (_hasOwnProperty.call(pair2, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result2 = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair2 = object[index];
      if (_toString.call(pair2) !== "[object Object]") return false;
      const keys = Object.keys(pair2);
      if (keys.length !== 1) return false;
      result2[index] = [keys[0], pair2[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result2 = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair2 = object[index];
      const keys = Object.keys(pair2);
      result2[index] = [keys[0], pair2[keys[0]]];
    }
    return result2;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default2;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default2;
  hasRequired_default = 1;
  _default2 = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default2;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator2(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State2(input, options5) {
    this.input = input;
    this.filename = options5["filename"] || null;
    this.schema = options5["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options5["onWarning"] || null;
    this.legacy = options5["legacy"] || false;
    this.json = options5["json"] || false;
    this.listener = options5["listener"] || null;
    this.maxDepth = typeof options5["maxDepth"] === "number" ? options5["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options5["maxTotalMergeKeys"] === "number" ? options5["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match2 = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match2 === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match2[1], 10);
      const minor = parseInt(match2[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix2;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix2 = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix2)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix2 = decodeURIComponent(prefix2);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix2);
      }
      state.tagMap[handle] = prefix2;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length2 = _result.length; _position < _length2; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator2(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator2(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator2(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator2(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator2(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator2(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options5) {
    input = String(input);
    options5 = options5 || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State2(input, options5);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options5) {
    if (iterator !== null && typeof iterator === "object" && typeof options5 === "undefined") {
      options5 = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options5);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options5) {
    const documents = loadDocuments(input, options5);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result2 = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result2[tag] = style;
    }
    return result2;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string3 = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string3.length) + string3;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State2(options5) {
    this.schema = options5["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options5["indent"] || 2);
    this.noArrayIndent = options5["noArrayIndent"] || false;
    this.skipInvalid = options5["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options5["flowLevel"]) ? -1 : options5["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options5["styles"] || null);
    this.sortKeys = options5["sortKeys"] || false;
    this.lineWidth = options5["lineWidth"] || 80;
    this.noRefs = options5["noRefs"] || false;
    this.noCompatMode = options5["noCompatMode"] || false;
    this.condenseFlow = options5["condenseFlow"] || false;
    this.quotingType = options5["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options5["forceQuotes"] || false;
    this.replacer = typeof options5["replacer"] === "function" ? options5["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string3, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position2 = 0;
    let result2 = "";
    const length = string3.length;
    while (position2 < length) {
      let line;
      const next = string3.indexOf("\n", position2);
      if (next === -1) {
        line = string3.slice(position2);
        position2 = length;
      } else {
        line = string3.slice(position2, next + 1);
        position2 = next + 1;
      }
      if (line.length && line !== "\n") result2 += ind;
      result2 += line;
    }
    return result2;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string3, pos) {
    const first = string3.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string3.length) {
      second = string3.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string3) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string3);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string3, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string3, 0)) && isPlainSafeLast(codePointAt(string3, string3.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string3.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string3, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string3.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string3, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string3[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string3[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string3)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string3)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string3, level, iskey, inblock) {
    state.dump = (function() {
      if (string3.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string3) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string3)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string3 + '"' : "'" + string3 + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string22) {
        return testImplicitResolving(state, string22);
      }
      switch (chooseScalarStyle(
        string3,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string3;
        case STYLE_SINGLE:
          return "'" + string3.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string3, state.indent) + dropEndingNewline(indentString(string3, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string3, state.indent) + dropEndingNewline(indentString(foldString(string3, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string3) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string3, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string3) ? String(indentPerLevel) : "";
    const clip2 = string3[string3.length - 1] === "\n";
    const keep = clip2 && (string3[string3.length - 2] === "\n" || string3 === "\n");
    const chomp = keep ? "+" : clip2 ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string3) {
    return string3[string3.length - 1] === "\n" ? string3.slice(0, -1) : string3;
  }
  function foldString(string3, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result2 = (function() {
      let nextLF = string3.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string3.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string3.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string3[0] === "\n" || string3[0] === " ";
    let moreIndented;
    let match2;
    while (match2 = lineRe.exec(string3)) {
      const prefix2 = match2[1];
      const line = match2[2];
      moreIndented = line[0] === " ";
      result2 += prefix2 + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result2;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match2;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result2 = "";
    while (match2 = breakRe.exec(line)) {
      next = match2.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result2 += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result2 += "\n";
    if (line.length - start > width && curr > start) {
      result2 += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result2 += line.slice(start);
    }
    return result2.slice(1);
  }
  function escapeString(string3) {
    let result2 = "";
    let char = 0;
    for (let i = 0; i < string3.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string3, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result2 += string3[i];
        if (char >= 65536) result2 += string3[i + 1];
      } else {
        result2 += escapeSeq || encodeHex(char);
      }
    }
    return result2;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block2, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block2;
    if (block2) {
      block2 = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block2 && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block2 && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options5) {
    options5 = options5 || {};
    const state = new State2(options5);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// src/yaml/node-tree.ts
var SCALAR = 0;
var MAPPING = 1;
var SEQUENCE = 2;
var STRIDE = 5;
var BLOCK_SIZE = 1 << 20;
var block;
var blockUsed = 0;
var KeyTable = class {
  names = [];
  ids = /* @__PURE__ */ new Map();
  id(key) {
    let id = this.ids.get(key);
    if (id === void 0) {
      id = this.names.push(key) - 1;
      this.ids.set(key, id);
    }
    return id;
  }
};
var MAX_KEYS = 1 << 16;
var keyTable = new KeyTable();
var NodeTree = class {
  /** The block the tree is written in, and where in it the tree starts. */
  storage = block ??= new Int32Array(BLOCK_SIZE);
  base = blockUsed;
  keys;
  size = 0;
  constructor() {
    if (keyTable.names.length >= MAX_KEYS) keyTable = new KeyTable();
    this.keys = keyTable;
  }
  /** Adds a node without a parent and returns its index. `key` is the text a mapping key stands for. */
  add(start, kind, key) {
    const node2 = this.size++;
    let at = this.base + node2 * STRIDE;
    if (at + STRIDE > this.storage.length) at = this.moveToNewBlock() + node2 * STRIDE;
    const storage = this.storage;
    storage[at] = start;
    storage[at + 1] = -1;
    storage[at + 2] = -1;
    storage[at + 3] = -1;
    storage[at + 4] = this.info(kind, key);
    return node2;
  }
  /** Adds a node as the last child of `parent` (or as a root, for -1) and returns its index. */
  append(start, kind, parent, key) {
    const node2 = this.add(start, kind, key);
    if (parent >= 0) this.link(parent, node2);
    return node2;
  }
  link(parent, node2) {
    const { storage, base } = this;
    const at = base + parent * STRIDE;
    if (storage[at + 1] < 0) storage[at + 1] = node2;
    else storage[base + storage[at + 3] * STRIDE + 2] = node2;
    storage[at + 3] = node2;
  }
  setStart(node2, start) {
    this.storage[this.base + node2 * STRIDE] = start;
  }
  /** Sets what a node turned out to be, once it is read (js-yaml's listener learns it at the end). */
  setKind(node2, kind, key) {
    this.storage[this.base + node2 * STRIDE + 4] = this.info(kind, key);
  }
  /** Replaces a node's children (js-yaml's wrapper nodes, see strict-yaml.ts). */
  setChildren(node2, first, last) {
    this.storage[this.base + node2 * STRIDE + 1] = first;
    this.storage[this.base + node2 * STRIDE + 3] = last;
  }
  lastChild(node2) {
    return this.field(node2, 3);
  }
  start(node2) {
    return this.field(node2, 0);
  }
  firstChild(node2) {
    return this.field(node2, 1);
  }
  nextSibling(node2) {
    return this.field(node2, 2);
  }
  kind(node2) {
    return this.field(node2, 4) & 3;
  }
  /** The text a key node stands for (undefined for other nodes). */
  key(node2) {
    const info = this.field(node2, 4);
    return info >> 2 > 0 ? this.keys.names[(info >> 2) - 1] : void 0;
  }
  /** Marks the tree finished: its space in the block is kept, the next tree starts after it. */
  seal() {
    if (this.storage === block) blockUsed = this.base + this.size * STRIDE;
    return this;
  }
  field(node2, offset) {
    return this.storage[this.base + node2 * STRIDE + offset];
  }
  /** Copies the tree built so far to the start of a new block, large enough for it to double. */
  moveToNewBlock() {
    const used = (this.size - 1) * STRIDE;
    const larger = new Int32Array(Math.max(BLOCK_SIZE, used * 2 + STRIDE));
    larger.set(this.storage.subarray(this.base, this.base + used));
    block = this.storage = larger;
    blockUsed = this.base = 0;
    return 0;
  }
  info(kind, key) {
    return key === void 0 ? kind : kind | this.keys.id(key) + 1 << 2;
  }
};

// src/yaml/block-reader.ts
var { types: types2 } = yaml;
var IMPLICIT_TYPES = [types2.null, types2.bool, types2.int, types2.float];
var NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var MAYBE_NON_PRINTABLE = /[\x00-\x09\x0B-\x1F\x7F-\x9F\uD800-\uDFFF\uFFFE\uFFFF]/;
var MAX_DEPTH = 48;
var MAX_KEY_LENGTH = 1e3;
var LF = 10;
var SPACE = 32;
var HASH = 35;
var COLON = 58;
var DASH = 45;
var KEY_RUN = /[^\n:#,[\]{}"']*/y;
var PLAIN_RUN = /[^\n:#]*/y;
function skipRun(pattern, text2, offset) {
  pattern.lastIndex = offset;
  pattern.test(text2);
  return pattern.lastIndex;
}
var UNSUPPORTED = /* @__PURE__ */ Symbol("unsupported");
function unsupported() {
  throw UNSUPPORTED;
}
function readCommonYaml(text2) {
  if (text2.includes("	") || text2.includes("\r")) return null;
  if (MAYBE_NON_PRINTABLE.test(text2) && NON_PRINTABLE.test(text2)) return null;
  try {
    return new BlockReader(text2).document();
  } catch (error2) {
    if (error2 === UNSUPPORTED) return null;
    throw error2;
  }
}
function isBlank(code2) {
  return code2 === SPACE || code2 === LF || Number.isNaN(code2);
}
function isFlowIndicator(code2) {
  return code2 === 44 || code2 === 91 || code2 === 93 || code2 === 123 || code2 === 125;
}
function cannotStartPlain(code2, following) {
  switch (code2) {
    case 44:
    case 91:
    case 93:
    case 123:
    case 125:
    // , [ ] { }
    case HASH:
    case 38:
    case 42:
    case 33:
    case 124:
    case 62:
    case 39:
    case 34:
    case 37:
    case 64:
    case 96:
    // # & * ! | > ' " % @ `
    case COLON:
    case 63:
      return true;
    case DASH:
      return isBlank(following) || isFlowIndicator(following);
    default:
      return isBlank(code2);
  }
}
function resolvePlain(source) {
  const code2 = source.charCodeAt(0);
  const digit2 = code2 >= 48 && code2 <= 57;
  if (!digit2 && code2 !== 43 && code2 !== 45 && code2 !== 46 && code2 !== 126 && code2 !== 110 && code2 !== 78 && code2 !== 116 && code2 !== 84 && code2 !== 102 && code2 !== 70)
    return source;
  if (digit2 && source.length === 10 && source.charCodeAt(4) === 45 && source.charCodeAt(7) === 45) return source;
  for (const type2 of IMPLICIT_TYPES) if (type2.resolve(source)) return type2.construct(source);
  return source;
}
var ScalarCache = class {
  constructor(resolve) {
    this.resolve = resolve;
  }
  resolve;
  sources = new Array(1024);
  values = new Array(1024);
  /** The resolved value of the plain scalar `text.slice(start, end)`. */
  read(text2, start, end) {
    const length = end - start;
    const slot = length * 31 + text2.charCodeAt(start) * 7 + text2.charCodeAt(end - 1) * 3 + text2.charCodeAt(start + (length >> 1)) & 1023;
    const cached3 = this.sources[slot];
    if (cached3 !== void 0 && cached3.length === length && text2.startsWith(cached3, start)) return this.values[slot];
    const source = text2.slice(start, end);
    const value = this.resolve(source);
    this.sources[slot] = source;
    this.values[slot] = value;
    return value;
  }
};
var plainValues = new ScalarCache(resolvePlain);
var plainKeys = new ScalarCache((source) => String(resolvePlain(source)));
var quotedValues = new ScalarCache((source) => source);
function addEntry(object, key, value) {
  if (key === "__proto__" || key === "<<" || Object.prototype.hasOwnProperty.call(object, key)) unsupported();
  object[key] = value;
}
var BlockReader = class {
  constructor(text2) {
    this.text = text2;
    this.length = text2.length;
  }
  text;
  tree = new NodeTree();
  length;
  /** Start of the next line holding content after the node just read (-1 at the end). */
  next = -1;
  /** Indentation of that line. */
  nextIndent = 0;
  /** Offset just after the scalar or flow collection just read. */
  end = 0;
  depth = 0;
  document() {
    const { text: text2 } = this;
    this.findContent(0, true);
    if (this.next < 0) unsupported();
    if (this.nextIndent === 0 && text2.startsWith("---", this.next)) {
      if (!this.restIsEmpty(this.next + 3)) unsupported();
      this.findContent(this.lineAfter(this.next + 3), false);
      if (this.next < 0) unsupported();
    }
    if (this.nextIndent !== 0) unsupported();
    const value = this.block(-1, 0);
    if (this.next >= 0) unsupported();
    return { value, tree: this.tree.seal(), root: 0 };
  }
  /**
   * Sets `next`/`nextIndent` to the first line from `offset` (a line start) that holds more than
   * spaces or a comment. Document markers and directives after the start are left to js-yaml.
   */
  findContent(offset, atStart) {
    const { text: text2, length } = this;
    let line = offset;
    while (line < length) {
      let position2 = line;
      while (text2.charCodeAt(position2) === SPACE) position2++;
      const code2 = text2.charCodeAt(position2);
      if (position2 < length && code2 !== LF && code2 !== HASH) {
        if (position2 === line && !atStart && (code2 === 37 || (code2 === DASH || code2 === 46) && /^(?:---|\.\.\.)(?:[ \n]|$)/.test(text2.slice(line, line + 4))))
          unsupported();
        this.next = line;
        this.nextIndent = position2 - line;
        return;
      }
      const lineEnd = text2.indexOf("\n", position2);
      if (lineEnd < 0) break;
      line = lineEnd + 1;
    }
    this.next = -1;
    this.nextIndent = 0;
  }
  lineAfter(offset) {
    const lineEnd = this.text.indexOf("\n", offset);
    return lineEnd < 0 ? this.length : lineEnd + 1;
  }
  /** True when only spaces, or spaces and a comment, follow `offset` on its line. */
  restIsEmpty(offset) {
    const { text: text2 } = this;
    let position2 = offset;
    while (text2.charCodeAt(position2) === SPACE) position2++;
    const code2 = text2.charCodeAt(position2);
    return position2 >= this.length || code2 === LF || code2 === HASH && text2.charCodeAt(position2 - 1) === SPACE;
  }
  enter() {
    if (++this.depth > MAX_DEPTH) unsupported();
  }
  /** Reads the block node on line `next`, at indentation `indent`, and returns its value. */
  block(parent, indent) {
    const start = this.next + indent;
    const code2 = this.text.charCodeAt(start);
    if (code2 === DASH && isBlank(this.text.charCodeAt(start + 1))) return this.sequence(parent, start, indent);
    const colon = this.keyEnd(start);
    return colon >= 0 ? this.mapping(parent, start, indent, colon) : unsupported();
  }
  /**
   * Offset of the `:` that ends a plain key starting at `start` on its line, or -1 when the line
   * holds no such key (then it is a scalar, or something js-yaml must judge).
   */
  keyEnd(start) {
    const { text: text2 } = this;
    if (cannotStartPlain(text2.charCodeAt(start), text2.charCodeAt(start + 1))) return -1;
    let position2 = start + 1;
    for (; ; ) {
      position2 = skipRun(KEY_RUN, text2, position2);
      const code2 = text2.charCodeAt(position2);
      if (code2 === COLON) {
        if (!isBlank(text2.charCodeAt(position2 + 1))) {
          position2++;
          continue;
        }
        if (text2.charCodeAt(position2 - 1) === SPACE || position2 - start > MAX_KEY_LENGTH) unsupported();
        return position2;
      }
      if (code2 === HASH && text2.charCodeAt(position2 - 1) !== SPACE) {
        position2++;
        continue;
      }
      return -1;
    }
  }
  /** Reads a block mapping whose first key starts at `start` and ends at `firstColon`. */
  mapping(parent, start, indent, firstColon) {
    this.enter();
    const { text: text2, tree } = this;
    const object = {};
    const node2 = tree.append(start, MAPPING, parent);
    let keyStart = start;
    for (let colon = firstColon; ; colon = this.keyEnd(keyStart)) {
      if (colon < 0) unsupported();
      const key = plainKeys.read(text2, keyStart, colon);
      tree.append(keyStart, SCALAR, node2, key);
      let valueStart = colon + 1;
      while (text2.charCodeAt(valueStart) === SPACE) valueStart++;
      let value;
      if (this.restIsEmpty(valueStart)) {
        this.findContent(this.lineAfter(valueStart), false);
        if (this.next >= 0 && this.nextIndent > indent) value = this.block(node2, this.nextIndent);
        else if (this.next >= 0 && this.nextIndent === indent && this.startsListItem(this.next + indent))
          value = this.sequence(node2, this.next + indent, indent);
        else return unsupported();
      } else value = this.inline(node2, valueStart);
      addEntry(object, key, value);
      if (this.next < 0 || this.nextIndent < indent) break;
      if (this.nextIndent > indent) unsupported();
      keyStart = this.next + indent;
      if (this.startsListItem(keyStart)) unsupported();
    }
    this.depth--;
    return object;
  }
  startsListItem(offset) {
    return this.text.charCodeAt(offset) === DASH && isBlank(this.text.charCodeAt(offset + 1));
  }
  sequence(parent, start, indent) {
    this.enter();
    const { text: text2, tree } = this;
    const list = [];
    const node2 = tree.append(start, SEQUENCE, parent);
    let dash = start;
    for (; ; ) {
      let itemStart = dash + 1;
      while (text2.charCodeAt(itemStart) === SPACE) itemStart++;
      let item;
      if (this.restIsEmpty(itemStart)) {
        this.findContent(this.lineAfter(itemStart), false);
        if (this.next < 0 || this.nextIndent <= indent) unsupported();
        item = this.block(node2, this.nextIndent);
      } else if (this.startsListItem(itemStart)) {
        return unsupported();
      } else {
        const colon = this.keyEnd(itemStart);
        item = colon >= 0 ? this.mapping(node2, itemStart, itemStart - (dash - indent), colon) : this.inline(node2, itemStart);
      }
      list.push(item);
      if (this.next < 0 || this.nextIndent < indent) break;
      if (this.nextIndent > indent) unsupported();
      dash = this.next + indent;
      if (!this.startsListItem(dash)) break;
    }
    this.depth--;
    return list;
  }
  /** Reads a scalar or flow collection that starts at `start` and ends its line. */
  inline(parent, start) {
    const { text: text2 } = this;
    const code2 = text2.charCodeAt(start);
    let value;
    if (code2 === 91 || code2 === 123 || code2 === 34 || code2 === 39) value = this.flowNode(parent, start);
    else {
      if (cannotStartPlain(code2, text2.charCodeAt(start + 1))) unsupported();
      let end = start + 1;
      for (; ; ) {
        end = skipRun(PLAIN_RUN, text2, end);
        const current = text2.charCodeAt(end);
        if (end >= this.length || current === LF || current === HASH && text2.charCodeAt(end - 1) === SPACE) break;
        if (current === COLON && isBlank(text2.charCodeAt(end + 1))) unsupported();
        end++;
      }
      while (text2.charCodeAt(end - 1) === SPACE) end--;
      this.end = end;
      value = plainValues.read(text2, start, end);
      this.tree.append(start, SCALAR, parent);
    }
    if (!this.restIsEmpty(this.end)) unsupported();
    this.findContent(this.lineAfter(this.end), false);
    return value;
  }
  /** A quoted scalar or a flow collection, on one line; sets `end` past it. */
  flowNode(parent, start) {
    const code2 = this.text.charCodeAt(start);
    if (code2 === 34) return this.doubleQuoted(parent, start);
    if (code2 === 39) return this.singleQuoted(parent, start);
    if (code2 === 91) return this.flowSequence(parent, start);
    if (code2 === 123) return this.flowMapping(parent, start);
    return this.flowPlain(parent, start);
  }
  doubleQuoted(parent, start) {
    const { text: text2 } = this;
    let end = start + 1;
    for (; ; end++) {
      const code2 = text2.charCodeAt(end);
      if (code2 === 34) break;
      if (code2 === 92 || code2 === LF || end >= this.length) unsupported();
    }
    this.end = end + 1;
    this.tree.append(start, SCALAR, parent);
    return quotedValues.read(text2, start + 1, end);
  }
  singleQuoted(parent, start) {
    const { text: text2 } = this;
    let value = "";
    let segment = start + 1;
    for (let position2 = segment; ; position2++) {
      const code2 = text2.charCodeAt(position2);
      if (code2 === LF || position2 >= this.length) unsupported();
      if (code2 !== 39) continue;
      if (text2.charCodeAt(position2 + 1) !== 39) {
        this.end = position2 + 1;
        this.tree.append(start, SCALAR, parent);
        return segment === start + 1 ? quotedValues.read(text2, segment, position2) : value + text2.slice(segment, position2);
      }
      value += text2.slice(segment, position2);
      value += "'";
      segment = ++position2 + 1;
    }
  }
  /** Skips spaces on the line; a line break or comment inside a flow collection is left to js-yaml. */
  skipFlowSpace(offset) {
    let position2 = offset;
    while (this.text.charCodeAt(position2) === SPACE) position2++;
    const code2 = this.text.charCodeAt(position2);
    if (code2 === LF || code2 === HASH || position2 >= this.length) unsupported();
    return position2;
  }
  flowSequence(parent, start) {
    const list = [];
    const node2 = this.tree.append(start, SEQUENCE, parent);
    this.flowEntries(start, 93, (position2) => {
      list.push(this.flowNode(node2, position2));
      if (this.text.charCodeAt(this.end) === COLON) unsupported();
    });
    return list;
  }
  flowMapping(parent, start) {
    const { text: text2, tree } = this;
    const object = {};
    const node2 = tree.append(start, MAPPING, parent);
    this.flowEntries(start, 125, (keyStart) => {
      const key = String(this.flowPlainValue(keyStart));
      if (text2.charCodeAt(this.end) !== COLON || text2.charCodeAt(this.end + 1) !== SPACE) unsupported();
      tree.append(keyStart, SCALAR, node2, key);
      const value = this.flowNode(node2, this.skipFlowSpace(this.end + 1));
      if (text2.charCodeAt(this.end) === COLON) unsupported();
      addEntry(object, key, value);
    });
    return object;
  }
  /** Reads the comma-separated entries of the flow collection opened at `start`, up to `close`. */
  flowEntries(start, close, readEntry) {
    this.enter();
    let position2 = this.skipFlowSpace(start + 1);
    if (this.text.charCodeAt(position2) !== close) {
      for (; ; ) {
        readEntry(position2);
        position2 = this.skipFlowSpace(this.end);
        const code2 = this.text.charCodeAt(position2);
        if (code2 === close) break;
        if (code2 !== 44) unsupported();
        position2 = this.skipFlowSpace(position2 + 1);
      }
    }
    this.end = position2 + 1;
    this.depth--;
  }
  flowPlain(parent, start) {
    const value = this.flowPlainValue(start);
    this.tree.append(start, SCALAR, parent);
    return value;
  }
  /** A plain scalar inside a flow collection; it stops at a flow indicator or `: `, and `end` after its last non-space. */
  flowPlainValue(start) {
    const { text: text2 } = this;
    const code2 = text2.charCodeAt(start);
    if (cannotStartPlain(code2, text2.charCodeAt(start + 1))) unsupported();
    let end = start + 1;
    for (; ; end++) {
      const current = text2.charCodeAt(end);
      if (current === LF || end >= this.length || current === HASH && text2.charCodeAt(end - 1) === SPACE) unsupported();
      if (isFlowIndicator(current)) break;
      if (current === COLON && (isBlank(text2.charCodeAt(end + 1)) || isFlowIndicator(text2.charCodeAt(end + 1)))) break;
    }
    while (text2.charCodeAt(end - 1) === SPACE) end--;
    this.end = end;
    return plainValues.read(text2, start, end);
  }
};

// src/yaml/strict-yaml.ts
var MAX_DEPTH2 = 64;
var StrictYamlError = class extends Error {
  constructor(problem) {
    super(`${problem.line}:${problem.column} ${problem.message}`);
    this.problem = problem;
    this.name = "StrictYamlError";
  }
  problem;
};
var LineIndex = class {
  constructor(text2) {
    this.text = text2;
  }
  text;
  starts = null;
  positionAt(offset) {
    const starts = this.starts ??= computeLineStarts(this.text);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  }
};
var lineScratch = new Int32Array(1024);
function computeLineStarts(text2) {
  if (text2.includes("\r")) return Int32Array.from([0, ...[...text2.matchAll(/\r\n?|\n/g)].map((match2) => match2.index + match2[0].length)]);
  let count = 1;
  lineScratch[0] = 0;
  for (let index = text2.indexOf("\n"); index !== -1; index = text2.indexOf("\n", index + 1)) {
    if (count === lineScratch.length) {
      const larger = new Int32Array(count * 2);
      larger.set(lineScratch);
      lineScratch = larger;
    }
    lineScratch[count++] = index + 1;
  }
  return lineScratch.slice(0, count);
}
var SMALL = 32;
function nthChild(tree, node2, index) {
  let child = tree.firstChild(node2);
  for (let i = 0; i < index && child >= 0; i++) child = tree.nextSibling(child);
  return child;
}
var YamlDocument = class {
  constructor(value, tree, root, lines) {
    this.value = value;
    this.tree = tree;
    this.root = root;
    this.lines = lines;
  }
  value;
  tree;
  root;
  lines;
  /** Children of the nodes looked up so far, and key → key-node index for mappings. */
  children = /* @__PURE__ */ new Map();
  keys = /* @__PURE__ */ new Map();
  /** The key node of the last step `walk` took (-1 when that step was a list index). */
  walkedKey = -1;
  /**
   * Position of the value at `path` (or of its key, for `'key'`), or undefined when the path does
   * not exist in the source. `from` (a node from `nodeAt`) starts the path further down.
   */
  locate(path6, part = "value", from = this.root) {
    const node2 = this.walk(from, path6);
    const target = part === "key" && this.walkedKey >= 0 ? this.walkedKey : node2;
    return target >= 0 ? this.lines.positionAt(this.tree.start(target)) : void 0;
  }
  /** The node at `path` (-1 when absent), to locate many paths under it without walking to it each time. */
  nodeAt(path6) {
    return this.walk(this.root, path6);
  }
  walk(from, path6) {
    const { tree } = this;
    let node2 = from;
    this.walkedKey = -1;
    for (const step of path6) {
      this.walkedKey = -1;
      if (node2 < 0 || tree.firstChild(node2) < 0) return -1;
      if (tree.kind(node2) === SEQUENCE) {
        if (typeof step !== "number") return -1;
        node2 = step < SMALL ? nthChild(tree, node2, step) : this.childrenOf(node2)[step] ?? -1;
        continue;
      }
      const key = String(step);
      let keyNode = -1;
      let pairs2 = 0;
      let child = tree.firstChild(node2);
      while (child >= 0 && pairs2 < SMALL) {
        if (tree.key(child) === key) {
          keyNode = child;
          break;
        }
        const value = tree.nextSibling(child);
        child = value < 0 ? -1 : tree.nextSibling(value);
        pairs2++;
      }
      if (keyNode < 0 && child >= 0) {
        const children = this.childrenOf(node2);
        const at = this.keysOf(node2, children).get(key);
        if (at !== void 0) keyNode = children[at];
      }
      if (keyNode < 0) return -1;
      this.walkedKey = keyNode;
      node2 = tree.nextSibling(keyNode);
    }
    return node2;
  }
  childrenOf(node2) {
    let list = this.children.get(node2);
    if (!list) {
      list = [];
      for (let child = this.tree.firstChild(node2); child >= 0; child = this.tree.nextSibling(child)) list.push(child);
      this.children.set(node2, list);
    }
    return list;
  }
  /** Key → position of the key in `children`; the first occurrence wins (duplicates are rejected anyway). */
  keysOf(node2, children) {
    let index = this.keys.get(node2);
    if (!index) {
      index = /* @__PURE__ */ new Map();
      for (let i = children.length - 2; i >= 0; i -= 2) {
        const key = this.tree.key(children[i]);
        if (key !== void 0) index.set(key, i);
      }
      this.keys.set(node2, index);
    }
    return index;
  }
};
var NON_PRINTABLE2 = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/;
var FORBIDDEN_START = {
  "&": "anchors (&name) are not allowed: write the value out",
  "*": "aliases (*name) are not allowed: write the value out",
  "!": "tags (!tag) are not allowed: values are plain YAML 1.2 scalars, lists and maps"
};
function parseStrictYaml(input, options5 = {}) {
  const text2 = input.charCodeAt(0) === 65279 ? input.slice(1) : input;
  const lines = new LineIndex(text2);
  const read = (options5.commonReader === false ? null : readCommonYaml(text2)) ?? readWithJsYaml(text2, lines);
  return new YamlDocument(read.value, read.tree, read.root, lines);
}
function readWithJsYaml(text2, lines) {
  const fail = (offset, message) => {
    throw new StrictYamlError({ ...lines.positionAt(offset), message });
  };
  checkDirectives(text2, fail);
  const tree = new NodeTree();
  const results = [];
  const stack = [];
  let root = -1;
  const listener = (event, state) => {
    if (event === "open") {
      if (stack.length >= MAX_DEPTH2) fail(state.position, `nesting deeper than ${MAX_DEPTH2} levels`);
      stack.push(tree.add(state.position, SCALAR));
      return;
    }
    const node2 = stack.pop();
    const start = skipSeparation(text2, tree.start(node2));
    tree.setStart(node2, start);
    const reason = FORBIDDEN_START[text2[start] ?? ""];
    if (reason) fail(start, reason);
    const result2 = state.result;
    results[node2] = result2;
    if (Array.isArray(result2)) tree.setKind(node2, SEQUENCE);
    else if (result2 !== null && typeof result2 === "object") tree.setKind(node2, MAPPING);
    else tree.setKind(node2, SCALAR, String(result2));
    if (result2 === null || typeof result2 !== "object") tree.setChildren(node2, -1, -1);
    else {
      const only = tree.firstChild(node2);
      if (only >= 0 && only === tree.lastChild(node2) && results[only] === result2) tree.setChildren(node2, tree.firstChild(only), tree.lastChild(only));
    }
    const parent = stack.length > 0 ? stack[stack.length - 1] : -1;
    if (parent < 0) root = node2;
    else tree.link(parent, node2);
  };
  let value;
  try {
    value = yaml.load(text2, { schema: yaml.CORE_SCHEMA, listener, json: false });
  } catch (error2) {
    if (error2 instanceof StrictYamlError) throw error2;
    if (error2 instanceof yaml.YAMLException) {
      const mark = error2.mark;
      const reason = error2.reason ?? "";
      if (reason.includes("expected a single document")) fail(secondDocumentStart(text2), describeYamlException(error2));
      if (reason.includes("unidentified alias")) fail(Math.max(0, text2.lastIndexOf("*", mark?.position ?? 0)), FORBIDDEN_START["*"]);
      if (reason.includes("non-printable")) {
        const found = NON_PRINTABLE2.exec(text2);
        if (found && found.index <= (mark?.position ?? 0)) fail(found.index, describeYamlException(error2));
      }
      const tagged = /\btag\b/.test(reason) ? stack[stack.length - 1] : void 0;
      if (tagged !== void 0) {
        const start = skipSeparation(text2, tree.start(tagged));
        fail(start, FORBIDDEN_START[text2[start] ?? ""] ?? describeYamlException(error2));
      }
      fail(mark?.position ?? 0, describeYamlException(error2));
    }
    if (error2 instanceof RangeError) fail(0, "the document is nested too deeply to read");
    throw error2;
  }
  return { value, tree: tree.seal(), root };
}
function skipSeparation(text2, offset) {
  let position2 = offset;
  for (; ; ) {
    const code2 = text2.charCodeAt(position2);
    if (code2 === 32 || code2 === 9 || code2 === 10 || code2 === 13) position2++;
    else if (code2 === 35) {
      const end = text2.indexOf("\n", position2);
      position2 = end === -1 ? text2.length : end;
    } else return position2;
  }
}
function checkDirectives(text2, fail) {
  let offset = 0;
  let yamlDirective = false;
  while (offset < text2.length) {
    const end = text2.indexOf("\n", offset);
    const lineEnd = end === -1 ? text2.length : end;
    const line = text2.slice(offset, lineEnd).trim();
    if (line.startsWith("%")) {
      const [name, version2] = line.split(/\s+/);
      if (name === "%YAML" && yamlDirective) fail(offset, "more than one %YAML directive: write at most one `%YAML 1.2`");
      yamlDirective ||= name === "%YAML";
      if (name === "%YAML" && version2 !== "1.2")
        fail(offset, `YAML ${version2 ?? "(no version)"} is not accepted: write YAML 1.2 (drop the %YAML line)`);
      if (name === "%TAG") fail(offset, "tag directives (%TAG) are not allowed");
    } else if (line !== "" && !line.startsWith("#")) return;
    offset = lineEnd + 1;
  }
}
function secondDocumentStart(text2) {
  const markers = [...text2.matchAll(/^---(?=\s|$)/gm)].map((match2) => match2.index);
  const first = markers[0];
  if (first === void 0) return 0;
  const hasContentBefore = text2.slice(0, first).split("\n").some((line) => line.trim() !== "" && !line.trim().startsWith("#") && !line.trim().startsWith("%"));
  return (hasContentBefore ? first : markers[1]) ?? first;
}
function describeYamlException(error2) {
  const reason = error2.reason ?? "invalid YAML";
  if (reason.includes("duplicated mapping key")) return "duplicate key: each key may appear once in a mapping";
  if (reason.includes("expected a single document")) return "more than one YAML document: a file holds exactly one";
  return `invalid YAML: ${reason}`;
}

// src/text/memoize.ts
function memoize(compute, limit = 65536) {
  const cache2 = /* @__PURE__ */ new Map();
  return (key) => {
    let value = cache2.get(key);
    if (value === void 0) {
      value = compute(key);
      if (cache2.size >= limit) cache2.clear();
      cache2.set(key, value);
    }
    return value;
  };
}

// src/text/dates.ts
function isLeapYear(year) {
  return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
}
var MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function digitsAt(value, start, end) {
  let number2 = 0;
  for (let index = start; index < end; index++) {
    const digit2 = value.charCodeAt(index) - 48;
    if (digit2 < 0 || digit2 > 9) return NaN;
    number2 = number2 * 10 + digit2;
  }
  return number2;
}
function isCalendarDate(value) {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  if (!(year >= 1 && month >= 1 && month <= 12 && day >= 1)) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]);
}
var dayNumber = memoize(computeDayNumber, 4096);
function computeDayNumber(date3) {
  const month = Number(date3.slice(5, 7));
  const year = Number(date3.slice(0, 4)) - (month <= 2 ? 1 : 0);
  const day = Number(date3.slice(8, 10));
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
var fromDayNumber = memoize(computeDate, 4096);
function computeDate(days) {
  const shifted = days + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex + (monthIndex < 10 ? 3 : -9);
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
function addDays(date3, days) {
  return fromDayNumber(dayNumber(date3) + days);
}
function daysBetween(from, to) {
  return dayNumber(to) - dayNumber(from);
}
function utcToday(now = /* @__PURE__ */ new Date()) {
  return now.toISOString().slice(0, 10);
}

// src/manifest/schema.ts
var ROUTE_KINDS = [
  "official-api",
  "app-access",
  "browser-playground",
  "provider-trial",
  "provider-paid",
  "user-pays",
  "unknown-wrapper"
];
var STAGES = ["production", "internal", "demo", "exploration"];
var PRODUCTION_LIKE = /* @__PURE__ */ new Set(["production", "internal"]);
var TEST_COVERS = ["generate", "edit", "storage", "logs", "retries", "output-count", "errors"];
var ROUTE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
var isoDate = string2({ error: "must be a date written YYYY-MM-DD" }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a date written YYYY-MM-DD", abort: true }).refine(isCalendarDate, { error: "is not a real calendar day" }).meta({ format: "date" });
var httpUrl = string2().refine((value) => /^https?:\/\/[^\s/]+/i.test(value), { error: "must be an http(s) URL" });
var text = string2();
var evidence = strictObject({
  type: _enum(["contract", "terms", "dashboard"]),
  url: httpUrl.optional(),
  checked: isoDate.optional()
});
var claim2 = union([text, strictObject({ text, evidence: evidence.optional() })]);
var billing = strictObject({
  payer: _enum(["our-account", "end-user", "provider-credit", "app-quota", "unknown"]).optional(),
  trigger: text.optional(),
  unit: _enum(["token", "image", "request", "credit", "subscription", "none", "unknown"]).optional(),
  failureBilling: _enum(["not-charged", "charged", "partial", "unknown"]).optional(),
  trialEnds: isoDate.optional()
});
var tested = strictObject({
  date: isoDate.optional(),
  covers: array(_enum(TEST_COVERS)).optional()
});
var routeFields = {
  kind: _enum(ROUTE_KINDS),
  stage: _enum(STAGES),
  provider: text.optional(),
  model: text.optional(),
  aliasOf: text.optional(),
  endpoint: httpUrl.optional(),
  keyOwner: text.optional(),
  // Any string: a value that is not a reference is reported by `secret-in-manifest`, never echoed.
  secretRef: text.optional(),
  sharedKey: boolean2().optional(),
  billing: billing.optional(),
  limits: union([text, array(text)]).optional(),
  // Any string: `data-terms-missing` reports one that is not an http(s) URL.
  dataTerms: text.optional(),
  userData: union([boolean2(), literal2("unknown")]).optional(),
  consent: _enum(["obtained", "not-required", "unknown"]).optional(),
  support: text.optional(),
  fallback: text.optional(),
  claims: array(claim2).optional(),
  labels: array(text).optional(),
  tested: tested.optional(),
  checked: isoDate.optional(),
  notes: text.optional(),
  // Repository-relative minimatch globs of the source files whose image-API calls the route serves.
  code: array(text).optional()
};
var routeSchema = strictObject({
  id: string2().regex(ROUTE_ID_PATTERN, {
    error: "must be lower-case letters, digits and dashes, starting with a letter or digit (at most 64)"
  }),
  ...routeFields
});
var defaultsSchema = strictObject(routeFields).partial();
var manifestSchema = strictObject({
  $schema: string2().optional(),
  version: literal2(1),
  defaults: defaultsSchema.optional(),
  routes: array(routeSchema)
}).meta({
  title: "image-route-policy manifest",
  description: "The image-generation routes a repository uses (image-routes.yml)."
});
function manifestJsonSchema() {
  return toJSONSchema(manifestSchema, { target: "draft-2020-12", io: "input" });
}

// src/catalog/models.ts
var aliasSchema = union([
  string2().min(1),
  strictObject({
    id: string2().min(1),
    via: array(string2().min(1)).optional().meta({ description: "Provider ids of the platforms that use this id (fal, replicate, vercel-ai-gateway, \u2026)." }),
    source: httpUrl.optional(),
    confirmed: boolean2().optional(),
    note: string2().optional()
  })
]);
var replacementSchema = union([string2().min(1), array(string2().min(1)).min(1)]).nullable().meta({ description: "What the vendor advises moving to: one id, or a list of ids (any of them)." });
var modelEntrySchema = strictObject({
  id: string2().min(1).meta({ description: "The id the provider's own API takes." }),
  provider: string2().min(1).meta({ description: "Provider id (policies/providers.yml) whose API takes this id." }),
  name: string2().optional().meta({ description: "The name the vendor gives the model." }),
  status: _enum(["active", "deprecated", "shutdown"]),
  released: isoDate.optional(),
  shutdown: isoDate.nullable().optional().meta({ description: "The first day the model no longer answers (null: none announced)." }),
  replacement: replacementSchema.optional(),
  snapshots: array(string2().min(1)).optional(),
  aliases: array(aliasSchema).optional(),
  source: httpUrl.optional(),
  checked: isoDate.optional(),
  confirmed: boolean2().optional().meta({ description: "false where only secondary sources were found (then `note` says what)." }),
  note: string2().optional()
});
var sourcedModelEntrySchema = modelEntrySchema.extend({ source: httpUrl, checked: isoDate }).refine((entry) => entry.confirmed !== false || (entry.note ?? "").length > 0, { error: "an entry with `confirmed: false` needs a `note` saying what is unconfirmed", path: ["note"] });
var modelsFileSchema = strictObject({
  $schema: string2().optional(),
  version: literal2(1),
  checked: isoDate.meta({ description: "The day the catalog as a whole was last checked against its sources (rule catalog-stale)." }),
  models: array(sourcedModelEntrySchema)
}).meta({ title: "image-route-policy model catalog", description: "policies/models.yml: image-generation models, their aliases and lifecycle." });
function modelsJsonSchema() {
  return toJSONSchema(modelsFileSchema, { target: "draft-2020-12", io: "input" });
}
function aliasId(alias) {
  return typeof alias === "string" ? alias : alias.id;
}
function replacementsOf(entry) {
  const { replacement } = entry;
  if (replacement === void 0 || replacement === null) return [];
  return typeof replacement === "string" ? [replacement] : replacement;
}
function lifecycleOn(entry, today) {
  if (entry.shutdown) {
    if (entry.shutdown <= today) return "shutdown";
    if (entry.status === "shutdown") return "deprecated";
  }
  return entry.status;
}
function retiresWithin(entry, today, days) {
  return Boolean(entry.shutdown && entry.shutdown >= today && entry.shutdown <= addDays(today, days));
}
var ModelCatalog = class {
  /** Later entries replace earlier ones with the same provider and id (a policy correcting the bundled data). */
  constructor(entries, providers) {
    this.providers = providers;
    const byKey = /* @__PURE__ */ new Map();
    for (const written of entries) {
      const entry = { ...written, provider: providers.idOf(written.provider) };
      byKey.set(`${entry.provider}\0${entry.id}`, entry);
    }
    this.entries = [...byKey.values()];
    for (const entry of this.entries) {
      let own2 = this.byProvider.get(entry.provider);
      if (!own2) this.byProvider.set(entry.provider, own2 = /* @__PURE__ */ new Map());
      for (const snapshot of entry.snapshots ?? []) if (!own2.has(snapshot)) own2.set(snapshot, { entry, via: "snapshot", ownId: true });
      own2.set(entry.id, { entry, via: "id", ownId: true });
      for (const alias of entry.aliases ?? []) {
        const id = aliasId(alias);
        if (!this.byAlias.has(id)) this.byAlias.set(id, { entry, via: "alias", ownId: false });
        const platforms = this.aliasPlatforms.get(id) ?? /* @__PURE__ */ new Set();
        for (const platform of typeof alias === "string" ? [] : alias.via ?? []) platforms.add(providers.resolve(platform)?.id ?? platform);
        this.aliasPlatforms.set(id, platforms);
      }
    }
    for (const entry of this.entries) {
      for (const snapshot of entry.snapshots ?? []) if (!this.byName.has(snapshot)) this.byName.set(snapshot, { entry, via: "snapshot", ownId: false });
    }
    for (const entry of this.entries) {
      if (this.byName.get(entry.id)?.via !== "id") this.byName.set(entry.id, { entry, via: "id", ownId: false });
    }
  }
  providers;
  /** Canonical ids and snapshots, by provider then name (`ownId: true`). */
  byProvider = /* @__PURE__ */ new Map();
  /** Canonical ids and snapshots of every provider: an id outranks a snapshot, then the first entry in catalog order wins. */
  byName = /* @__PURE__ */ new Map();
  byAlias = /* @__PURE__ */ new Map();
  /** The platforms each alias is recorded for (its `via`). */
  aliasPlatforms = /* @__PURE__ */ new Map();
  entries;
  /**
   * The entry `name` stands for, as seen from `provider` (a provider id, or undefined when the route
   * names none or one the catalog does not know): the provider's own ids first, then any provider's
   * ids, then the ids aggregators use, then the naming patterns of aggregators (`bedrock/<id>`).
   */
  lookup(name, provider) {
    if (provider !== void 0) {
      const own2 = this.ownMatch(name, provider);
      if (own2) return own2;
    }
    const named = this.byName.get(name);
    if (named) return named;
    const aliased = this.byAlias.get(name);
    if (aliased) return provider === void 0 ? aliased : this.preferred(aliased, provider);
    for (const pattern of this.providers.modelPrefixes) {
      if (!name.startsWith(pattern.prefix) || name.length === pattern.prefix.length) continue;
      const rest = name.slice(pattern.prefix.length);
      const inner = this.ownMatch(rest, pattern.provider) ?? this.aliasVia(rest, pattern.provider);
      if (inner) return { entry: inner.entry, via: "alias", ownId: false };
    }
    return void 0;
  }
  ownMatch(name, provider) {
    const owners = this.providers.modelOwners(provider);
    for (let index = 0; index < owners.length; index++) {
      const own2 = this.byProvider.get(owners[index])?.get(name);
      if (own2) return own2;
    }
    return void 0;
  }
  /** An alias the catalog records for `provider` (by its `via`, or with no platform named). */
  aliasVia(name, provider) {
    const match2 = this.byAlias.get(name);
    if (!match2) return void 0;
    const via = this.aliasPlatforms.get(name);
    return !via || via.size === 0 || via.has(provider) ? match2 : void 0;
  }
  /** Models of one provider (its own entries), in catalog order. */
  ofProvider(provider) {
    return this.entries.filter((entry) => entry.provider === provider);
  }
  /** An alias resolves to the upstream model; a route's provider with its own entry of that id (Azure) keeps its lifecycle. */
  preferred(match2, provider) {
    for (const owner of this.providers.modelOwners(provider)) {
      const own2 = this.byProvider.get(owner)?.get(match2.entry.id);
      if (own2?.via === "id") return { entry: own2.entry, via: "alias", ownId: false };
    }
    return match2;
  }
};

// src/catalog/providers.ts
var SOURCE_LANGUAGES = ["javascript", "typescript", "python", "go", "java", "kotlin", "csharp", "ruby", "php", "shell"];
var FREE_TIERS = ["none", "free-tier", "credits", "unknown"];
function sourced(shape, strict2) {
  return strictObject({
    ...shape,
    source: strict2 ? httpUrl : httpUrl.optional(),
    checked: strict2 ? isoDate : isoDate.optional(),
    confirmed: boolean2().optional().meta({ description: "false where only secondary sources were found (then `note` says what)." }),
    note: string2().optional()
  });
}
var endpointSchema = strictObject({
  method: _enum(["GET", "POST", "PUT"]),
  path: string2().regex(/^\//, { error: "must start with /" }).meta({ description: "Path on the API host; `{name}` stands for a variable segment." }),
  api: string2().min(1).meta({ description: "What the call does, in the words call sites report (`images.generate`)." }),
  note: string2().optional()
});
var callSchema = strictObject({
  call: string2().min(1).meta({ description: "The member path called on the client or module (`images.generate`, `models.generateImages`, `subscribe`)." }),
  api: string2().min(1),
  model: string2().regex(/^(#\d|[A-Za-z_][A-Za-z0-9_]*)$/, { error: "must be `#N` (the Nth positional argument) or a property/keyword name" }).optional().meta({ description: "Where the call names the model: `#0` for the first positional argument, or the name of the property (JS) or keyword (Python)." }),
  when: _enum(["image-model", "image-tool", "image-output"]).optional().meta({ description: "The call is an image call only when its model is an image model of the catalog, when its tools include image generation, or when it asks for image output." }),
  note: string2().optional()
});
var KEY_BODY = /^\[(?!\^)(?:[!-[^-~]|\\[^A-Za-z])+\]$/;
function schemas(strict2) {
  const keyFormat = sourced(
    {
      name: string2().min(1).meta({ description: 'How findings name the key ("OpenAI project key").' }),
      prefix: string2().min(2).meta({ description: "The literal prefix every key of this format starts with." }),
      body: string2().regex(KEY_BODY, { error: "must be one regular-expression character class of printable ASCII characters, such as `[A-Za-z0-9_-]`" }).default("[A-Za-z0-9_-]"),
      minBody: int().min(8).max(512).meta({ description: "Key characters that must follow the prefix before a value counts as a key: the documented body length, or 40 for longer keys so a cut key is caught too." }),
      lengths: array(int().min(1)).optional().meta({ description: "The documented total lengths of a key, prefix included." })
    },
    strict2
  );
  const provider = strictObject({
    id: string2().regex(/^[a-z0-9][a-z0-9-]*$/, { error: "must be lower-case letters, digits and dashes" }),
    name: string2().min(1),
    kind: _enum(["vendor", "cloud", "aggregator", "library"]),
    names: array(string2().min(1)).meta({ description: "Names people write in a route's `provider:` (matched ignoring case, spaces and punctuation)." }),
    modelsOf: array(string2().min(1)).optional().meta({ description: "Providers whose model ids this provider's own API takes as its own (Vertex AI takes Gemini ids)." }),
    api: sourced(
      {
        hosts: array(string2().regex(/^[a-z0-9*][a-z0-9*.-]*$/, { error: "must be a lower-case host name, where `*` stands for any run of characters other than a dot" })).meta({ description: "API host names; `*` stands for any run of characters other than a dot (`bedrock-runtime.*.amazonaws.com`)." }),
        endpoints: array(endpointSchema).optional(),
        keyEnv: array(string2().regex(/^[A-Z_][A-Z0-9_]*$/)).optional(),
        auth: string2().optional()
      },
      strict2
    ).optional(),
    sdks: array(
      sourced(
        {
          language: _enum(SOURCE_LANGUAGES),
          package: string2().min(1),
          module: string2().min(1).optional().meta({ description: "The name code imports, where it differs from the package name (`google.genai` for google-genai); Python default: the package with `-` as `_`." }),
          clients: array(string2().min(1)).optional().meta({ description: "Constructors or factories that make a client (`OpenAI`, `GoogleGenAI`)." }),
          baseUrl: string2().optional(),
          calls: array(callSchema)
        },
        strict2
      )
    ).optional(),
    keyFormats: array(keyFormat).optional(),
    modelPrefixes: array(sourced({ prefix: string2().min(2), provider: string2().min(1) }, strict2)).optional().meta({ description: "Naming patterns: `<prefix><id>` names the model `<id>` of `provider` (LiteLLM writes `bedrock/<Bedrock id>`)." }),
    freeTier: sourced({ images: _enum(FREE_TIERS), summary: string2().min(1) }, strict2).optional(),
    note: string2().optional()
  });
  return { keyFormat, provider };
}
var loose = schemas(false);
var strict = schemas(true);
var providerEntrySchema = loose.provider;
var providersFileSchema = strictObject({
  $schema: string2().optional(),
  version: literal2(1),
  checked: isoDate.meta({ description: "The day the catalog as a whole was last checked against its sources (rule catalog-stale)." }),
  providers: array(strict.provider),
  otherKeyFormats: array(strict.keyFormat).optional().meta({ description: "Keys of services that are not image providers but get pasted into manifests (Anthropic)." })
}).meta({ title: "image-route-policy provider catalog", description: "policies/providers.yml: image API providers, their names, hosts, SDKs, key formats and free tiers." });
function providersJsonSchema() {
  return toJSONSchema(providersFileSchema, { target: "draft-2020-12", io: "input" });
}
function normalizeProviderName(name) {
  return name.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}
var ProviderCatalog = class {
  byId = /* @__PURE__ */ new Map();
  byName = /* @__PURE__ */ new Map();
  entries;
  /** Longest prefix first, so `vertex_ai/` is tried before a shorter prefix it starts with. */
  modelPrefixes;
  keyFormats;
  /** Later entries replace earlier ones with the same id (a policy correcting the bundled data). */
  constructor(entries, otherKeyFormats = []) {
    for (const entry of entries) this.byId.set(entry.id, entry);
    this.entries = [...this.byId.values()];
    for (const entry of entries) {
      for (const name of [entry.id, entry.name, ...entry.names]) {
        const key = normalizeProviderName(name);
        if (key) this.byName.set(key, this.byId.get(entry.id));
      }
    }
    this.modelPrefixes = this.entries.flatMap((entry) => (entry.modelPrefixes ?? []).map(({ prefix: prefix2, provider }) => ({ prefix: prefix2, provider: this.idOf(provider) }))).sort((a, b) => b.prefix.length - a.prefix.length || (a.prefix < b.prefix ? -1 : a.prefix > b.prefix ? 1 : 0));
    this.keyFormats = [...entries.flatMap((entry) => entry.keyFormats ?? []), ...otherKeyFormats];
  }
  /** Written names seen in this run: manifests repeat a few names thousands of times. */
  resolved = /* @__PURE__ */ new Map();
  /** The provider a written name stands for (an id, its display name or any of its names). */
  resolve(written) {
    const exact = this.byId.get(written);
    if (exact) return exact;
    let found = this.resolved.get(written);
    if (found === void 0) {
      found = this.byName.get(normalizeProviderName(written)) ?? null;
      if (this.resolved.size >= 4096) this.resolved.clear();
      this.resolved.set(written, found);
    }
    return found ?? void 0;
  }
  /** The catalog id of a written provider, or the written name itself, normalised, when the catalog does not know it. */
  idOf(written) {
    return this.resolve(written)?.id ?? (normalizeProviderName(written) || written);
  }
  /** Every name the catalog knows, with its provider (for suggestions). */
  namedEntries() {
    return this.entries.flatMap((entry) => [entry.id, entry.name, ...entry.names].map((name) => [name, entry]));
  }
  get(id) {
    return this.byId.get(id);
  }
  owners = /* @__PURE__ */ new Map();
  /** The providers whose model ids `id`'s own API takes: itself first. */
  modelOwners(id) {
    let owners = this.owners.get(id);
    if (!owners) {
      const entry = this.byId.get(id);
      owners = entry?.modelsOf ? [id, ...entry.modelsOf.map((name) => this.resolve(name)?.id ?? name)] : [id];
      if (this.owners.size >= 4096) this.owners.clear();
      this.owners.set(id, owners);
    }
    return owners;
  }
};

// src/catalog/load.ts
var SCHEMAS = { models: modelsFileSchema, providers: providersFileSchema };
function readCatalogFile(name) {
  const compiled2 = builtinCatalog(name);
  return compiled2 ?? loadFile(name, SCHEMAS[name]);
}
function loadFile(name, schema2) {
  const { file, text: text2 } = readBuiltin(name);
  try {
    const document = parseStrictYaml(text2);
    const parsed = schema2.safeParse(document.value);
    if (!parsed.success) {
      const [problem] = explainIssues(schema2, parsed.error.issues, document.value);
      const at = document.locate(problem.path, problem.part) ?? { line: 1, column: 1 };
      throw new ConfigError({ message: problem.message, file, at });
    }
    const data = parsed.data;
    return { data, file: { file, checked: data.checked, at: document.locate(["checked"]) ?? { line: 1, column: 1 } } };
  } catch (error2) {
    if (error2 instanceof StrictYamlError) throw new ConfigError({ message: error2.problem.message, file, at: error2.problem });
    throw error2;
  }
}
var cachedProviders;
var cached2;
function loadBuiltinProviders() {
  if (cachedProviders) return cachedProviders;
  const { data, file } = readCatalogFile("providers");
  return cachedProviders = { providers: data.providers, otherKeyFormats: data.otherKeyFormats ?? [], file };
}
function loadBuiltinCatalogs() {
  if (cached2) return cached2;
  const providers = loadBuiltinProviders();
  const models = readCatalogFile("models");
  return cached2 = {
    models: models.data.models,
    providers: providers.providers,
    otherKeyFormats: providers.otherKeyFormats,
    files: [models.file, providers.file]
  };
}

// src/secrets/patterns.ts
var NOT_AFTER = "(?<![A-Za-z0-9_-])";
function escapeRegExp(text2) {
  return text2.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}
function unionClass(classes) {
  const tests = classes.map((body) => new RegExp(`^${body}$`));
  let members2 = "";
  for (let code2 = 0; code2 < 128; code2++) {
    const char = String.fromCharCode(code2);
    if (tests.some((test) => test.test(char))) members2 += `\\x${code2.toString(16).padStart(2, "0")}`;
  }
  return `[${members2}]`;
}
function groupByFirst(prefixes) {
  const groups = /* @__PURE__ */ new Map();
  for (const prefix2 of prefixes) {
    const rest = groups.get(prefix2[0]) ?? [];
    rest.push(prefix2.slice(1));
    groups.set(prefix2[0], rest);
  }
  return [...groups].map(([first, rests]) => rests.length === 1 ? escapeRegExp(first + rests[0]) : `${escapeRegExp(first)}(?:${rests.map(escapeRegExp).join("|")})`).join("|");
}
function withArticle(name) {
  return `${/^[AEIOU]/i.test(name) ? "an" : "a"} ${name}`;
}
var SecretScanner = class {
  /** Longest prefix first, so `sk-ant-…` is named Anthropic, not OpenAI. */
  patterns;
  /**
   * What every pattern needs at least: its prefix and its shortest run of key characters. A mask
   * (`sk-p...`) does not pass, so a report that names a masked key is not scanned again.
   */
  precheck;
  constructor(formats) {
    const merged = /* @__PURE__ */ new Map();
    for (const format of formats) {
      const body = format.body ?? "[A-Za-z0-9_-]";
      const key = `${format.prefix}\0${body}\0${format.minBody}`;
      const found = merged.get(key);
      if (found) {
        if (!found.names.includes(format.name)) found.names.push(format.name);
      } else merged.set(key, { prefix: format.prefix, body, minBody: format.minBody, names: [format.name] });
    }
    const ordered = [...merged.values()].sort((a, b) => b.prefix.length - a.prefix.length);
    this.patterns = ordered.map(({ prefix: prefix2, body, minBody, names }) => ({
      name: names.join(" or "),
      pattern: new RegExp(`${NOT_AFTER}${escapeRegExp(prefix2)}${body}{${minBody},}`, "g")
    }));
    const union2 = unionClass(ordered.map(({ body }) => body));
    const bodyOnly = new RegExp(`^${union2}*$`);
    const all = [...new Set(ordered.map(({ prefix: prefix2 }) => prefix2))];
    const minimal = all.filter((prefix2) => !all.some((shorter) => shorter.length < prefix2.length && prefix2.startsWith(shorter) && bodyOnly.test(prefix2.slice(shorter.length))));
    const shortest = Math.min(...ordered.map(({ minBody }) => minBody));
    const prefixPart = minimal.includes("") ? "" : `(?:${groupByFirst(minimal)})`;
    this.precheck = minimal.length ? new RegExp(`${prefixPart}${union2}{${shortest}}`) : /(?!)/;
  }
  /** Cheap pre-check: no pattern can match a text this refuses. */
  mightHold(text2) {
    return this.precheck.test(text2);
  }
  /** The first key-like value in `text`, if any. */
  find(text2) {
    if (!this.mightHold(text2)) return void 0;
    for (const { name, pattern } of this.patterns) {
      pattern.lastIndex = 0;
      const match2 = pattern.exec(text2);
      if (match2) return { name, value: match2[0] };
    }
    return void 0;
  }
  /** Replaces every key-like value in `text` by its mask: the last line of defence in every output. */
  redact(text2) {
    if (!this.mightHold(text2)) return text2;
    let result2 = text2;
    for (const { pattern } of this.patterns) {
      pattern.lastIndex = 0;
      result2 = result2.replace(pattern, (value) => `${value.slice(0, 4)}...[redacted ${value.length} characters]`);
    }
    return result2;
  }
};
var builtin;
function builtinSecrets() {
  if (builtin) return builtin;
  try {
    const { providers, otherKeyFormats } = loadBuiltinProviders();
    return builtin = new SecretScanner([...providers.flatMap((provider) => provider.keyFormats ?? []), ...otherKeyFormats]);
  } catch (error2) {
    builtin = new SecretScanner([{ name: "key-like value", prefix: "", body: "[A-Za-z0-9_.-]", minBody: 24 }]);
    throw error2;
  }
}
var SECRET_REFERENCE = /^(?:env:[A-Za-z_][A-Za-z0-9_]*|secret:[A-Za-z_][A-Za-z0-9_-]*|vault:\S+|none)$/;
function redactSecrets(text2) {
  return builtinSecrets().redact(text2);
}
function mightHoldSecret(text2) {
  return builtinSecrets().mightHold(text2);
}
function maskSecret(value) {
  return `\`${value.slice(0, 4)}...\` (${value.length} characters)`;
}

// src/text/words.ts
function suggest(word, candidates) {
  const lower = word.toLowerCase();
  let best;
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const candidateLower = candidate.toLowerCase();
    if (candidateLower === lower) return candidate;
    const distance = editDistance(lower, candidateLower, bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
function editDistance(a, b, limit) {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= limit) return limit;
    previous = current;
  }
  return previous[b.length];
}
var MAX_SHOWN = 60;
function describeValue(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return value === "" ? "an empty string" : `\`${shorten(redactSecrets(value))}\``;
  return `\`${String(value)}\``;
}
function shorten(text2, max = MAX_SHOWN) {
  return text2.length <= max ? text2 : `${text2.slice(0, max - 3)}...`;
}

// src/schema/issues.ts
function explainIssues(schema2, issues, input) {
  const problems = [];
  for (const issue2 of issues) {
    const path6 = issue2.path.filter((step) => typeof step !== "symbol");
    if (issue2.code === "unrecognized_keys") {
      const intended = branchKnowing(schemaAt(schema2, path6), issue2.keys);
      const retry = intended && safeParse(intended, valueAt(input, path6));
      if (retry && !retry.success) {
        problems.push(...explainIssues(schema2, retry.error.issues.map((inner) => ({ ...inner, path: [...issue2.path, ...inner.path] })), input));
        continue;
      }
      const known = knownKeysAt(schema2, path6);
      for (const key of issue2.keys) {
        problems.push({ path: [...path6, key], part: "key", message: unknownKeyMessage(key, known, path6) });
      }
      continue;
    }
    const inside = issue2.code === "invalid_union" ? deepestBranch(issue2.errors) : void 0;
    if (inside) {
      problems.push(...explainIssues(schema2, inside.map((inner) => ({ ...inner, path: [...issue2.path, ...inner.path] })), input));
      continue;
    }
    const actual = valueAt(input, path6);
    problems.push({ path: path6, part: "value", message: `${fieldName(path6)} ${describeIssue(issue2, actual)}` });
  }
  return problems;
}
function isInsideValue(issue2) {
  return issue2.path.length > 0 || issue2.code === "unrecognized_keys";
}
function deepestBranch(branches) {
  const depth = (branch) => Math.max(...branch.map((issue2) => issue2.path.length + (issue2.code === "unrecognized_keys" ? 1 : 0)));
  const inside = branches.filter((branch) => branch.length > 0 && branch.every(isInsideValue));
  const deepest = Math.max(...inside.map(depth));
  const found = inside.filter((branch) => depth(branch) === deepest);
  return found.length === 1 ? found[0] : void 0;
}
function branchKnowing(schema2, keys) {
  const def = schema2 && unwrap(schema2)._zod.def;
  if (def?.type !== "union") return void 0;
  return def.options?.find((option) => {
    const shape = objectOf(option)?._zod.def.shape;
    return shape !== void 0 && keys.every((key) => Object.hasOwn(shape, key));
  });
}
function unknownKeyMessage(key, known, path6) {
  if (key === "<<") return "merge keys (<<) are not allowed: write the fields out";
  const where = path6.length ? ` in ${fieldName(path6)}` : "";
  const guess = suggest(key, known);
  const hint = guess ? `; did you mean \`${guess}\`?` : known.length ? `; expected one of ${listOf(known)}` : "";
  return `unknown key \`${key}\`${where}${hint}`;
}
function describeIssue(issue2, actual) {
  switch (issue2.code) {
    case "invalid_type":
      if (actual === void 0) return `is required (${article(issue2.expected)})`;
      return `must be ${article(issue2.expected)}, not ${describeValue(actual)}`;
    case "invalid_value": {
      const values = issue2.values.map(String);
      const guess = typeof actual === "string" ? suggest(actual, values) : void 0;
      const base = values.length === 1 ? `must be ${values[0]}` : `must be one of ${listOf(values)}`;
      if (actual === void 0) return `is required: ${base.replace("must be ", "")}`;
      return `${base}, not ${describeValue(actual)}${guess ? `; did you mean \`${guess}\`?` : ""}`;
    }
    case "invalid_union": {
      const expected = issue2.errors.flatMap((branch) => branch.map(expectedOf)).filter(Boolean);
      return `must be ${listOf([...new Set(expected)], "or")}, not ${describeValue(actual)}`;
    }
    case "too_small":
      if (!issue2.message.startsWith("Too small")) return issue2.message;
      if (issue2.origin === "array") return `must list at least ${issue2.minimum} item(s)`;
      if (issue2.origin === "string") return `must be at least ${issue2.minimum} characters long`;
      return `must be at least ${issue2.minimum}`;
    case "too_big":
      if (!issue2.message.startsWith("Too big")) return issue2.message;
      if (issue2.origin === "array") return `must list at most ${issue2.maximum} item(s)`;
      if (issue2.origin === "string") return `must be at most ${issue2.maximum} characters long`;
      return `must be at most ${issue2.maximum}`;
    default:
      return issue2.message;
  }
}
function expectedOf(issue2) {
  if (issue2.code === "invalid_type") return article(issue2.expected);
  if (issue2.code === "invalid_value") return issue2.values.map(String).join(", ");
  return "";
}
function article(expected) {
  const names = {
    string: "a string",
    number: "a number",
    boolean: "true or false",
    object: "a mapping",
    array: "a list",
    int: "a whole number"
  };
  return names[expected] ?? expected;
}
function fieldName(path6) {
  return path6.length === 0 ? "the document" : `\`${formatFieldPath(path6)}\``;
}
function listOf(values, last = "or") {
  const quoted = values.map((value) => `\`${value}\``);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} ${last} ${quoted[quoted.length - 1]}`;
}
function valueAt(input, path6) {
  let current = input;
  for (const step of path6) {
    if (current === null || typeof current !== "object") return void 0;
    current = Object.prototype.hasOwnProperty.call(current, step) ? current[step] : void 0;
  }
  return current;
}
function knownKeysAt(schema2, path6) {
  const current = schemaAt(schema2, path6);
  const object = current && objectOf(current);
  return object ? Object.keys(object._zod.def.shape) : [];
}
function schemaAt(schema2, path6) {
  let current = schema2;
  for (const step of path6) {
    current = current && childSchema(current, step);
  }
  return current;
}
function unwrap(schema2) {
  const def = schema2._zod.def;
  if (def.innerType) return unwrap(def.innerType);
  if (def.type === "pipe" && def.in) return unwrap(def.in);
  if (def.type === "lazy" && def.getter) return unwrap(def.getter());
  return schema2;
}
function objectOf(schema2) {
  const inner = unwrap(schema2);
  const def = inner._zod.def;
  if (def.type === "object") return inner;
  if (def.type === "union") {
    for (const option of def.options ?? []) {
      const object = objectOf(option);
      if (object) return object;
    }
  }
  return void 0;
}
function childSchema(schema2, step) {
  const inner = unwrap(schema2);
  const def = inner._zod.def;
  if (typeof step === "number") {
    if (def.type === "array") return def.element;
    if (def.type === "union") {
      for (const option of def.options ?? []) {
        const child = childSchema(option, step);
        if (child) return child;
      }
    }
    return void 0;
  }
  if (def.type === "record") return def.valueType;
  return objectOf(inner)?._zod.def.shape[step];
}

// src/schema/validity.ts
var definitionOf = (schema2) => schema2._zod.def;
var UnknownPart = class extends Error {
};
var compiled = /* @__PURE__ */ new WeakMap();
function passesQuickCheck(schema2, value) {
  let check = compiled.get(schema2);
  if (check === void 0) {
    check = compileValidityCheck(schema2) ?? null;
    compiled.set(schema2, check);
  }
  return check !== null && check(value);
}
function compileValidityCheck(schema2) {
  try {
    return compile2(schema2);
  } catch (error2) {
    if (error2 instanceof UnknownPart) return void 0;
    throw error2;
  }
}
function compile2(schema2) {
  const definition = definitionOf(schema2);
  const checks = definition.checks ?? [];
  if (checks.length > 0 && definition.type !== "string") throw new UnknownPart(`checks on ${definition.type}`);
  switch (definition.type) {
    case "string":
      return compileString(checks);
    case "boolean":
      return (value) => typeof value === "boolean";
    case "enum": {
      const allowed = new Set(Object.values(definition.entries));
      return (value) => allowed.has(value);
    }
    case "literal": {
      const allowed = new Set(definition.values);
      return (value) => allowed.has(value);
    }
    case "optional": {
      const inner = compile2(definition.innerType);
      return (value) => value === void 0 || inner(value);
    }
    case "union": {
      const options5 = definition.options.map(compile2);
      return (value) => {
        for (const option of options5) if (option(value)) return true;
        return false;
      };
    }
    case "array": {
      const element = compile2(definition.element);
      return (value) => Array.isArray(value) && value.every(element);
    }
    case "object":
      return compileObject(definition);
    default:
      throw new UnknownPart(definition.type);
  }
}
function compileString(checks) {
  const tests = checks.map(({ _zod: { def } }) => {
    if (def.check === "string_format" && def.format === "regex" && def.pattern) {
      const pattern = def.pattern;
      return (value) => {
        pattern.lastIndex = 0;
        return pattern.test(value);
      };
    }
    if (def.check === "custom" && def.fn) {
      const fn = def.fn;
      return (value) => Boolean(fn(value));
    }
    throw new UnknownPart(`string check ${def.check}`);
  });
  return (value) => {
    if (typeof value !== "string") return false;
    for (const test of tests) if (!test(value)) return false;
    return true;
  };
}
function compileObject(definition) {
  const catchall = definition.catchall ? definitionOf(definition.catchall).type : void 0;
  if (catchall !== void 0 && catchall !== "never") throw new UnknownPart(`catchall ${catchall}`);
  const strict2 = catchall === "never";
  const shape = definition.shape;
  const keys = Object.keys(shape);
  const checks = keys.map((key) => compile2(shape[key]));
  return (value) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
    const record2 = value;
    for (let index = 0; index < keys.length; index++) if (!checks[index](record2[keys[index]])) return false;
    if (strict2) {
      for (const key in record2) if (!Object.prototype.hasOwnProperty.call(shape, key)) return false;
    }
    return true;
  };
}

// src/manifest/parse.ts
var envelopeSchema = manifestSchema.extend({ routes: array(unknown()) });
var MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
function parseManifest(file, text2) {
  const mayHoldSecrets = mightHoldSecret(text2) || text2.includes("\\");
  const manifest = { file, data: void 0, mayHoldSecrets, document: null, routes: [], problems: [] };
  try {
    manifest.document = parseStrictYaml(text2);
  } catch (error2) {
    if (!(error2 instanceof StrictYamlError)) throw error2;
    const { line, column, message } = error2.problem;
    manifest.problems.push({ path: [], part: "value", message, position: { line, column } });
    return manifest;
  }
  const data = manifest.document.value;
  manifest.data = data;
  if (data === void 0 || data === null) {
    manifest.problems.push({ path: [], part: "value", message: "the file is empty: write `version: 1` and a `routes:` list", position: { line: 1, column: 1 } });
    return manifest;
  }
  if (passesQuickCheck(manifestSchema, data)) {
    const valid = data;
    manifest.routes = valid.routes.map((route, index) => applyDefaults(route, valid.defaults, index, data));
    return manifest;
  }
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) manifest.problems.push(...explainIssues(envelopeSchema, envelope.error.issues, data).filter((problem) => !isInsideRoute(problem.path)));
  const record2 = data;
  const defaults2 = salvage(defaultsSchema, record2.defaults, ["defaults"]).value;
  if (!Array.isArray(record2.routes)) return manifest;
  record2.routes.forEach((rawRoute, index) => {
    const withDefaults = isPlainObject2(rawRoute) ? { ...defaults2, ...rawRoute } : rawRoute;
    const { value, problems: routeProblems } = salvage(routeSchema, withDefaults, ["routes", index]);
    manifest.problems.push(...routeProblems.filter((problem) => !isInheritedField(problem.path, rawRoute, defaults2)));
    if (value) manifest.routes.push(applyDefaults(value, defaults2, index, data));
  });
  return manifest;
}
function isInsideRoute(path6) {
  return path6[0] === "routes" && typeof path6[1] === "number";
}
function isInheritedField(path6, rawRoute, defaults2) {
  const field = path6[2];
  if (typeof field !== "string" || !defaults2 || !isPlainObject2(rawRoute)) return false;
  return !Object.prototype.hasOwnProperty.call(rawRoute, field) && Object.prototype.hasOwnProperty.call(defaults2, field);
}
var NO_FIELDS = /* @__PURE__ */ new Set();
function applyDefaults(route, defaults2, index, data) {
  if (!defaults2) return { route, index, inherited: NO_FIELDS };
  const raw = data.routes[index] ?? {};
  const merged = { ...defaults2, ...route };
  const inherited = new Set(Object.keys(merged).filter((key) => !Object.prototype.hasOwnProperty.call(raw, key)));
  return { route: merged, index, inherited };
}
function salvage(schema2, input, prefix2) {
  if (input === void 0) return { value: void 0, problems: [] };
  if (passesQuickCheck(schema2, input)) return { value: input, problems: [] };
  const first = schema2.safeParse(input);
  if (first.success) return { value: first.data, problems: [] };
  const problems = explainIssues(schema2, first.error.issues, input);
  if (!isPlainObject2(input)) return { value: void 0, problems: prefixed(problems, prefix2) };
  const pruned = structuredClone(input);
  for (const issue2 of first.error.issues) removeAt(pruned, issue2.code === "unrecognized_keys" ? [...issue2.path, ...issue2.keys] : issue2.path);
  const usable = passesQuickCheck(schema2, pruned) || schema2.safeParse(pruned).success;
  return { value: usable ? pruned : void 0, problems: prefixed(problems, prefix2) };
}
function prefixed(problems, prefix2) {
  return problems.map((problem) => ({ ...problem, path: [...prefix2, ...problem.path] }));
}
function removeAt(target, path6) {
  let end = path6.length;
  while (end > 0 && typeof path6[end - 1] === "number") end--;
  if (end === 0) return;
  let parent = target;
  for (const step of path6.slice(0, end - 1)) {
    parent = isPlainObject2(parent) || Array.isArray(parent) ? parent[step] : void 0;
  }
  if (isPlainObject2(parent)) delete parent[path6[end - 1]];
}
function isPlainObject2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// src/manifest/discover.ts
var MANIFEST_NAMES = /* @__PURE__ */ new Set(["image-routes.yml", "image-routes.yaml"]);
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var UsageError = class extends Error {
  name = "UsageError";
};
function findRepositoryRoot(start) {
  let current = path2.resolve(start);
  for (; ; ) {
    if (fs.existsSync(path2.join(current, ".git"))) return current;
    const parent = path2.dirname(current);
    if (parent === current) return path2.resolve(start);
    current = parent;
  }
}
function toRepositoryPath(root, absolute) {
  return path2.relative(root, absolute).split(path2.sep).join("/");
}
function discoverManifests(cwd, patterns = [], sources) {
  const found = /* @__PURE__ */ new Map();
  const add = (candidate) => {
    if (!found.has(candidate.absolute)) found.set(candidate.absolute, candidate);
  };
  if (patterns.length === 0) walk(path2.resolve(cwd), () => true, add, false, sources, false);
  for (const pattern of patterns) {
    if (isGlob(pattern)) {
      const matcher = new Minimatch(toPosix(pattern), { dot: true });
      const base = path2.resolve(cwd, staticPrefix(pattern));
      walk(base, (absolute2) => matcher.match(toPosix(path2.relative(cwd, absolute2))), add, true, sources, false);
      continue;
    }
    const absolute = path2.resolve(cwd, pattern);
    const stat = statOrUndefined(absolute);
    if (!stat) throw new UsageError(`no such file or folder: ${pattern}`);
    if (stat.isDirectory()) walk(absolute, () => true, add, false, sources, false);
    else if (MANIFEST_NAMES.has(path2.basename(absolute)) || !sources?.wanted(path2.basename(absolute))) add({ absolute, mayLeave: true });
    else sources.add(absolute, true);
  }
  return [...found.values()].sort((a, b) => compareText(a.absolute, b.absolute));
}
function walk(directory, accept, add, anyName, sources, skipSources) {
  let entries;
  try {
    entries = fs.readdirSync(directory, { withFileTypes: true });
  } catch {
    return;
  }
  const prefix2 = directory.endsWith(path2.sep) ? directory : directory + path2.sep;
  for (const entry of entries) {
    const named = MANIFEST_NAMES.has(entry.name);
    const isDirectory = entry.isDirectory();
    const wanted = named || anyName && /\.ya?ml$/.test(entry.name);
    const source = !isDirectory && !wanted && !skipSources && sources !== void 0 && sources.wanted(entry.name);
    if (!isDirectory && !wanted && !source) continue;
    const absolute = prefix2 + entry.name;
    if (isDirectory) {
      if (named && accept(absolute)) add({ absolute, problem: "is a folder, not a manifest file" });
      if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(absolute, accept, add, anyName, sources, skipSources || (sources?.skipsFolder(entry.name) ?? false));
    } else if (source) {
      const link = entry.isSymbolicLink();
      if ((entry.isFile() || link) && accept(absolute)) sources.add(absolute, link);
    } else if (accept(absolute)) {
      const link = entry.isSymbolicLink();
      add({ absolute, problem: link ? linkProblem(absolute) : void 0, mayLeave: link });
    }
  }
}
function linkProblem(absolute) {
  try {
    return fs.statSync(absolute).isDirectory() ? "is a link to a folder, not a manifest file" : void 0;
  } catch (error2) {
    return describeFsError(error2);
  }
}
function loadManifests(root, candidates) {
  let realRootCache;
  const realRoot = () => realRootCache ??= realpathOrUndefined(root) ?? path2.resolve(root);
  return candidates.map((candidate) => {
    const file = toRepositoryPath(root, candidate.absolute);
    const failed = (message, position2 = { line: 1, column: 1 }) => ({
      file,
      data: void 0,
      mayHoldSecrets: false,
      document: null,
      routes: [],
      problems: [{ path: [], part: "value", message, position: position2 }]
    });
    if (candidate.problem) return failed(candidate.problem);
    if (candidate.mayLeave && leavesRepository(root, realRoot(), candidate.absolute)) return failed("is a link to a file outside the repository: it is not read (a manifest must live in the repository)");
    const text2 = readManifestText(candidate.absolute);
    return typeof text2 === "string" ? parseManifest(file, text2) : failed(text2.problem, text2.position);
  });
}
function leavesRepository(root, realRoot, absolute) {
  if (!isInside(path2.resolve(root), absolute)) return false;
  const real = realpathOrUndefined(absolute);
  return real !== void 0 && !isInside(realRoot, real);
}
function isInside(folder, target) {
  const relative = path2.relative(folder, target);
  return !path2.isAbsolute(relative) && relative !== ".." && !relative.startsWith(`..${path2.sep}`);
}
function realpathOrUndefined(target) {
  try {
    return fs.realpathSync.native(target);
  } catch {
    return void 0;
  }
}
function readManifestText(absolute) {
  let read;
  try {
    read = readUtf8File(absolute, MAX_MANIFEST_BYTES);
  } catch (error2) {
    return { problem: describeFsError(error2) };
  }
  if ("size" in read) return { problem: `the file is ${formatBytes(read.size)}; manifests are limited to ${formatBytes(MAX_MANIFEST_BYTES)}` };
  if ("text" in read) return read.text;
  const at = read.badByteAt;
  return { problem: `the file is not valid UTF-8 (first bad byte on line ${at.line}): save it as UTF-8`, position: at };
}
var readBuffer;
function readUtf8File(absolute, limit) {
  if (!readBuffer || readBuffer.length < limit + 1) readBuffer = Buffer.allocUnsafe(limit + 1);
  const descriptor = fs.openSync(absolute, "r");
  let length = 0;
  try {
    for (let read = -1; read !== 0 && length <= limit; length += read) read = fs.readSync(descriptor, readBuffer, length, limit + 1 - length, null);
    if (length > limit) return { size: fs.fstatSync(descriptor).size };
  } finally {
    fs.closeSync(descriptor);
  }
  return decodeUtf8(readBuffer.subarray(0, length));
}
function describeFsError(error2) {
  const code2 = error2.code;
  switch (code2) {
    case "ENOENT":
      return "cannot be read: it does not exist (a dangling symbolic link?)";
    case "ELOOP":
      return "cannot be read: symbolic links loop";
    case "EACCES":
    case "EPERM":
      return "cannot be read: permission denied";
    case "EISDIR":
      return "is a folder, not a file";
    default:
      return `cannot be read (${code2 ?? "unknown error"})`;
  }
}
function statOrUndefined(absolute) {
  try {
    return fs.statSync(absolute);
  } catch {
    return fs.lstatSync(absolute, { throwIfNoEntry: false });
  }
}
function isGlob(pattern) {
  return /[*?[\]{}!]/.test(pattern);
}
function staticPrefix(pattern) {
  const parts = toPosix(pattern).split("/");
  const fixed2 = [];
  for (const part of parts) {
    if (isGlob(part)) break;
    fixed2.push(part);
  }
  return fixed2.join("/") || ".";
}
function toPosix(value) {
  return value.split(path2.sep).join("/");
}
function formatBytes(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

// src/policy/severity.ts
var SEVERITIES = ["error", "warning", "notice", "off"];
var FAIL_ON = ["error", "warning", "never"];
var RANK = { off: 0, notice: 1, warning: 2, error: 3 };
function severityRank(severity) {
  return RANK[severity];
}
function fails(severity, failOn) {
  return failOn !== "never" && severity !== "off" && RANK[severity] >= RANK[failOn];
}
function perStage(production, internal, demo, exploration) {
  return { production, internal, demo, exploration };
}
function everyStage(severity) {
  return Object.fromEntries(STAGES.map((stage) => [stage, severity]));
}

// src/rules/fields.ts
function stateOf(value, noneIsMissing = false) {
  if (value === void 0 || value === null) return "absent";
  if (typeof value === "string") {
    if (value.length > 7 && isVisibleAscii(value.charCodeAt(0)) && isVisibleAscii(value.charCodeAt(value.length - 1))) return "present";
    const trimmed = value.trim().toLowerCase();
    if (trimmed === "") return "empty";
    if (trimmed === "unknown") return "unknown";
    if (noneIsMissing && trimmed === "none") return "none";
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return "empty";
    const states = value.map((item) => stateOf(item, noneIsMissing));
    if (states.every((state) => state !== "present")) return states.every((state) => state === states[0]) ? states[0] : "empty";
  }
  return "present";
}
function isVisibleAscii(code2) {
  return code2 > 32 && code2 < 127;
}
function isMissing(value, noneIsMissing = false) {
  return stateOf(value, noneIsMissing) !== "present";
}
function missingPhrase(field, value, noneIsMissing = false) {
  switch (stateOf(value, noneIsMissing)) {
    case "absent":
      return `\`${field}\` is not set`;
    case "empty":
      return `\`${field}\` is empty`;
    case "unknown":
      return `\`${field}\` is \`unknown\``;
    case "none":
      return `\`${field}\` is \`none\``;
    default:
      return `\`${field}\` is set`;
  }
}
var VOLATILE_KINDS = /* @__PURE__ */ new Set([
  "provider-trial",
  "browser-playground",
  "app-access",
  "unknown-wrapper"
]);
var NON_PRODUCTION_KINDS = /* @__PURE__ */ new Set([
  "app-access",
  "browser-playground",
  "unknown-wrapper"
]);
function fallbackRouteId(fallback) {
  const match2 = /^route:(.*)$/.exec(fallback?.trim() ?? "");
  return match2 ? match2[1].trim() : void 0;
}
function mayCarryUserData(route) {
  return route.userData !== false;
}
function userDataPhrase(userData) {
  return userData === void 0 ? "`userData` is not set (which means `unknown`)" : `\`userData\` is \`${String(userData)}\``;
}
function productionLikePhrase(stage) {
  return `\`stage: ${stage}\` is production-like`;
}
function isHttpUrl(value) {
  return value !== void 0 && /^https?:\/\/[^\s/]+/i.test(value.trim());
}
function dayCount(days) {
  return `${days} ${Math.abs(days) === 1 ? "day" : "days"}`;
}
function listWording(items, conjunction = "and") {
  return items.length <= 1 ? items[0] ?? "" : `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}
var NO_CLAIMS = [];
var claimsOfRoute = /* @__PURE__ */ new WeakMap();
function claimTexts(route) {
  if (!route.claims && !route.labels) return NO_CLAIMS;
  let found = claimsOfRoute.get(route);
  if (!found) {
    found = listClaimTexts(route);
    claimsOfRoute.set(route, found);
  }
  return found;
}
function listClaimTexts(route) {
  const found = [];
  route.claims?.forEach((claim3, index) => {
    if (typeof claim3 === "string") found.push({ text: claim3, field: ["claims", index] });
    else found.push({ text: claim3.text, field: ["claims", index, "text"], evidenceField: ["claims", index, "evidence"], evidence: claim3.evidence });
  });
  route.labels?.forEach((label, index) => found.push({ text: label, field: ["labels", index] }));
  return found;
}

// src/rules/types.ts
function defineRule(rule) {
  return rule;
}

// src/rules/app-access-as-api.ts
var app_access_as_api_default = defineRule({
  meta: {
    id: "app-access-as-api",
    group: "kinds",
    description: "An `app-access` route is used like an API: in a production-like stage, with an `endpoint`, or with a `secretRef` other than `none`.",
    rationale: '"ChatGPT access is not API credit": app success does not prove deployable API capacity.',
    defaults: everyStage("error"),
    options: strictObject({})
  },
  checkRoute({ route, productionLike }) {
    if (route.kind !== "app-access") return [];
    const found = [];
    const instead = "for backend calls declare an `official-api` (or `provider-paid`) route with its own key and billing";
    if (productionLike) {
      found.push({ field: ["stage"], message: `an \`app-access\` route is a person's app quota, not an API, and ${productionLikePhrase(route.stage)}: use it only in \`demo\` or \`exploration\`; ${instead}` });
    }
    if (route.endpoint !== void 0) {
      found.push({ field: ["endpoint"], message: `an \`app-access\` route has no API \`endpoint\`: remove \`endpoint\`; ${instead}` });
    }
    const ref = stateOf(route.secretRef, true);
    if (ref === "present" || ref === "unknown") {
      found.push({ field: ["secretRef"], message: `an \`app-access\` route has no API key, yet ${missingPhrase("secretRef", route.secretRef)}: write \`secretRef: none\`; ${instead}` });
    }
    return found;
  }
});

// src/rules/billing-trigger-missing.ts
var billing_trigger_missing_default = defineRule({
  meta: {
    id: "billing-trigger-missing",
    group: "facts",
    description: "The route does not say which event charges someone (`billing.trigger`).",
    rationale: 'Do not ship a route "if you cannot identify the key owner, billing trigger, route limit, support owner, data terms, and fallback plan".',
    defaults: everyStage("error"),
    options: strictObject({})
  },
  checkRoute({ route }) {
    const trigger = route.billing?.trigger;
    if (!isMissing(trigger)) return [];
    return [
      {
        field: ["billing", "trigger"],
        message: `${missingPhrase("billing.trigger", trigger)}: write the event that charges, such as "each generated image" or "after the $5 trial credit is used up"`
      }
    ];
  }
});

// src/rules/checked-date-future.ts
var checked_date_future_default = defineRule({
  meta: {
    id: "checked-date-future",
    group: "freshness",
    description: "`checked`, `tested.date` or an evidence `checked` is after today.",
    rationale: '"Fifth, write down the checked date": the day something was verified, which cannot be in the future.',
    defaults: everyStage("error"),
    options: strictObject({})
  },
  checkRoute({ route, today }) {
    const found = [];
    const future = (field, name, date3) => {
      found.push({ field, message: `${name} is ${date3}, after today (${today}): write the day the check or test actually happened (a typo in the year or month?)` });
    };
    if (route.checked !== void 0 && route.checked > today) future(["checked"], "`checked`", route.checked);
    const testedOn = route.tested?.date;
    if (testedOn !== void 0 && testedOn > today) future(["tested", "date"], "`tested.date`", testedOn);
    for (const claim3 of claimTexts(route)) {
      const checked = claim3.evidence?.checked;
      if (claim3.evidenceField && checked !== void 0 && checked > today) future([...claim3.evidenceField, "checked"], "the evidence `checked`", checked);
    }
    return found;
  }
});

// src/rules/checked-date-missing.ts
var checked_date_missing_default = defineRule({
  meta: {
    id: "checked-date-missing",
    group: "facts",
    description: "`checked` is missing or not a valid `YYYY-MM-DD` date.",
    rationale: '"Fifth, write down the checked date."',
    defaults: everyStage("error"),
    options: strictObject({})
  },
  checkRoute({ route }) {
    if (route.checked && isCalendarDate(route.checked)) return [];
    return [
      {
        field: ["checked"],
        message: "`checked` is not set to a valid date: verify the route's owner, billing, limits, terms and model, and write the day as `checked: YYYY-MM-DD`"
      }
    ];
  }
});

// src/rules/checked-date-stale.ts
var options = strictObject({
  maxAgeDays: int().min(1).max(3650).default(90),
  volatileMaxAgeDays: int().min(1).max(3650).default(30)
});
function maxAge(route, { maxAgeDays, volatileMaxAgeDays }) {
  return VOLATILE_KINDS.has(route.kind) ? volatileMaxAgeDays : maxAgeDays;
}
function staleOn(route, settings) {
  if (!route.checked || !isCalendarDate(route.checked)) return void 0;
  return addDays(route.checked, maxAge(route, settings) + 1);
}
var checked_date_stale_default = defineRule({
  meta: {
    id: "checked-date-stale",
    group: "freshness",
    description: "`checked` is older than `maxAgeDays` (90), or `volatileMaxAgeDays` (30) for trials, playgrounds, app access and wrappers.",
    rationale: `"Treat today's route evidence as current evidence, not a permanent promise."`,
    defaults: perStage("warning", "warning", "warning", "notice"),
    options
  },
  checkRoute({ route, options: settings, today }) {
    const stale = staleOn(route, settings);
    if (!stale || today < stale) return [];
    const days = maxAge(route, settings);
    const volatile = VOLATILE_KINDS.has(route.kind) ? ` for a route of kind \`${route.kind}\`` : "";
    return [
      {
        field: ["checked"],
        message: `the route was last checked on ${route.checked}, more than ${days} days ago${volatile} (stale since ${stale}): verify its owner, billing, limits and terms again and update \`checked\``
      }
    ];
  }
});

// src/rules/data-terms-missing.ts
var data_terms_missing_default = defineRule({
  meta: {
    id: "data-terms-missing",
    group: "production",
    description: "`dataTerms` is missing or not an http(s) URL.",
    rationale: 'Do not ship a route "if you cannot identify the key owner, billing trigger, route limit, support owner, data terms, and fallback plan".',
    defaults: perStage("error", "error", "warning", "off"),
    options: strictObject({})
  },
  checkRoute({ route }) {
    const terms = route.dataTerms;
    const instead = "link the terms that cover prompts and outputs (retention, training use) as an http(s) URL";
    if (isMissing(terms, true)) return [{ field: ["dataTerms"], message: `${missingPhrase("dataTerms", terms, true)}: ${instead}` }];
    if (isHttpUrl(terms)) return [];
    return [{ field: ["dataTerms"], message: `\`dataTerms\` is ${describeValue(terms)}, not an http(s) URL: ${instead}` }];
  }
});

// src/rules/engine-rules.ts
var manifestInvalid = defineRule({
  meta: {
    id: "manifest-invalid",
    group: "hygiene",
    description: "A manifest cannot be parsed or breaks the format, or a route id is declared twice. Cannot be turned off or waived.",
    rationale: "A route the tool cannot read is a route nobody checked.",
    defaults: everyStage("error"),
    options: strictObject({}),
    engine: true
  }
});
var waiverExpired = defineRule({
  meta: {
    id: "waiver-expired",
    group: "hygiene",
    description: "A waiver's `expires` date has passed: the waiver no longer applies and its findings come back.",
    rationale: `"Treat today's route evidence as current evidence, not a permanent promise" \u2014 exceptions expire too.`,
    defaults: everyStage("error"),
    options: strictObject({}),
    engine: true
  }
});
var waiverUnused = defineRule({
  meta: {
    id: "waiver-unused",
    group: "hygiene",
    description: "A waiver matched no finding: it should be removed before it hides a future one.",
    rationale: "An exception that covers nothing today can silently cover something tomorrow.",
    defaults: everyStage("warning"),
    options: strictObject({}),
    engine: true
  }
});
var catalogStale = defineRule({
  meta: {
    id: "catalog-stale",
    group: "hygiene",
    description: "The model or provider catalog in use was last checked more than `maxAgeDays` before today: its facts about models, retirements and key formats may be out of date. Reported once per run, at the catalog file.",
    rationale: `"Treat today's route evidence as current evidence, not a permanent promise": the facts the checks rely on age too.`,
    defaults: everyStage("warning"),
    options: strictObject({
      maxAgeDays: int().min(1).max(3650).default(90).meta({ description: "How old a catalog may be before it is reported." })
    }),
    engine: true
  }
});

// src/rules/failure-billing-unknown.ts
var THIRD_PARTY_KINDS = /* @__PURE__ */ new Set(["provider-trial", "provider-paid", "unknown-wrapper"]);
var failure_billing_unknown_default = defineRule({
  meta: {
    id: "failure-billing-unknown",
    group: "kinds",
    description: "A `provider-trial`, `provider-paid` or `unknown-wrapper` route does not say whether failed calls are charged (`billing.failureBilling`).",
    rationale: 'A provider trial "becomes risky when the provider hides failure charging, data retention, support, or fallback options."',
    defaults: perStage("error", "error", "warning", "off"),
    options: strictObject({})
  },
  checkRoute({ route }) {
    const failureBilling = route.billing?.failureBilling;
    if (!THIRD_PARTY_KINDS.has(route.kind) || !isMissing(failureBilling)) return [];
    return [
      {
        field: ["billing", "failureBilling"],
        message: `${missingPhrase("billing.failureBilling", failureBilling)} on a route of kind \`${route.kind}\`: read the provider's terms and write \`not-charged\`, \`charged\` or \`partial\``
      }
    ];
  }
});

// src/rules/fallback-missing.ts
var fallback_missing_default = defineRule({
  meta: {
    id: "fallback-missing",
    group: "production",
    description: "The route has no fallback plan (`fallback` missing or `none`).",
    rationale: 'Do not ship a route "if you cannot identify the key owner, billing trigger, route limit, support owner, data terms, and fallback plan".',
    defaults: perStage("error", "error", "warning", "off"),
    options: strictObject({})
  },
  checkRoute({ route }) {
    if (!isMissing(route.fallback, true)) return [];
    return [
      {
        field: ["fallback"],
        message: `${missingPhrase("fallback", route.fallback, true)}: name another declared route as \`route:<id>\`, or describe the plan in words ("queue and retry for 24 hours")`
      }
    ];
  }
});

// src/rules/fallback-unresolved.ts
var fallback_unresolved_default = defineRule({
  meta: {
    id: "fallback-unresolved",
    group: "production",
    description: "`fallback: route:<id>` names no declared route, the route itself, or (from a production-like route) a route that cannot serve production.",
    rationale: 'Do not ship a route "if you cannot identify the key owner, billing trigger, route limit, support owner, data terms, and fallback plan".',
    defaults: perStage("error", "error", "error", "warning"),
    options: strictObject({})
  },
  checkRoute({ route, routes, productionLike }) {
    const target = fallbackRouteId(route.fallback);
    if (target === void 0) return [];
    const fail = (message) => [{ field: ["fallback"], message }];
    if (target === "") return fail("`fallback: route:` names no route: write `route:<id>` with the id of another declared route");
    if (target === route.id) return fail(`\`fallback: route:${target}\` names the route itself: name another declared route that can take over`);
    const named = routes.get(target);
    if (!named) {
      const close = suggest(target, [...routes.keys()].filter((id) => id !== route.id));
      const hint = close ? ` (did you mean \`route:${close}\`?)` : "";
      return fail(`\`fallback: route:${target}\` names no declared route${hint}: declare that route in an image-routes manifest, or name an existing one`);
    }
    if (productionLike && NON_PRODUCTION_KINDS.has(named.kind)) {
      return fail(
        `\`fallback: route:${target}\` names a route of kind \`${named.kind}\`, which cannot serve production, and ${productionLikePhrase(route.stage)}: fall back to an \`official-api\`, \`provider-paid\` or \`user-pays\` route`
      );
    }
    return [];
  }
});

// src/rules/claim-lexicon.ts
var CLAIM_LEXICON = [
  {
    promise: "unlimited use",
    strength: "contract",
    phrases: [
      "unlimited",
      "no limits",
      "no limit",
      "no rate limits",
      "without limits",
      "without limit",
      "limitless",
      "ilimitado",
      "ilimitada",
      "ilimitados",
      "ilimitadas",
      "sin limites",
      "sin limite"
    ]
  },
  {
    promise: "guaranteed uptime",
    strength: "contract",
    phrases: ["uptime guaranteed", "guaranteed uptime", "100% uptime", "uptime garantizado", "uptime garantizada", "garantia de uptime"]
  },
  {
    promise: "uncharged failures",
    strength: "contract",
    phrases: [
      "failures not charged",
      "failures are not charged",
      "failed calls not charged",
      "no charge for failures",
      "fallos sin cargo",
      "fallos sin costo",
      "errores sin cargo"
    ]
  },
  {
    promise: "never blocked",
    strength: "documented",
    phrases: ["never blocked", "never gets blocked", "sin bloqueos", "sin bloqueo", "nunca bloqueado", "nunca bloqueada"]
  },
  {
    promise: "free forever",
    strength: "documented",
    phrases: ["free forever", "forever free", "always free", "gratis para siempre", "siempre gratis", "gratuito para siempre"]
  }
];
var ACCEPTED_EVIDENCE = {
  contract: ["contract"],
  documented: ["contract", "terms", "dashboard"]
};
var FREE_WORDS = [
  "free",
  "gratis",
  "gratuito",
  "gratuita",
  "gratuitos",
  "gratuitas",
  "sin costo",
  "sin coste"
];
function fold(text2) {
  return text2.normalize("NFD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase();
}
function wordPattern(phrases) {
  const alternatives = phrases.map(
    (phrase) => phrase.split(" ").map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[\\s_-]+")
  );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "u");
}
var COMPILED = CLAIM_LEXICON.map((entry) => ({ entry, pattern: wordPattern(entry.phrases) }));
var FREE_PATTERN = wordPattern(FREE_WORDS);
function matchClaim(text2) {
  const folded = fold(text2);
  return COMPILED.find(({ pattern }) => pattern.test(folded))?.entry;
}
function saysFree(text2) {
  return FREE_PATTERN.test(fold(text2));
}

// src/rules/free-label-unqualified.ts
var free_label_unqualified_default = defineRule({
  meta: {
    id: "free-label-unqualified",
    group: "claims",
    description: "A label or claim says free/gratis/gratuito/sin costo while `billing.payer` or `billing.trigger` is missing.",
    rationale: 'The question is not only "is the first image free?" It is "free until what event, under whose terms, and with what support path?"',
    defaults: perStage("error", "error", "warning", "notice"),
    options: strictObject({})
  },
  checkRoute({ route }) {
    if (!route.labels?.length && !route.claims?.length) return [];
    const { payer, trigger } = route.billing ?? {};
    const gaps = [
      isMissing(payer) && missingPhrase("billing.payer", payer),
      isMissing(trigger) && missingPhrase("billing.trigger", trigger)
    ].filter((gap) => typeof gap === "string");
    if (gaps.length === 0) return [];
    return claimTexts(route).filter(({ text: text2 }) => saysFree(text2)).map(({ text: text2, field }) => ({
      field,
      message: `${describeValue(text2)} calls the route free, but ${listWording(gaps)}: say who pays and which event ends the free use (\`billing.payer\`, \`billing.trigger\`), or remove the word`
    }));
  }
});

// src/rules/key-owner-missing.ts
var key_owner_missing_default = defineRule({
  meta: {
    id: "key-owner-missing",
    group: "facts",
    description: "The route does not name who owns its API key or account (`keyOwner`).",
    rationale: 'Do not ship a route "if you cannot identify the key owner".',
    defaults: everyStage("error"),
    options: strictObject({})
  },
  checkRoute({ route }) {
    if (!isMissing(route.keyOwner)) return [];
    return [
      {
        field: ["keyOwner"],
        message: `${missingPhrase("keyOwner", route.keyOwner)}: name the team, person or organisation that owns the key (\`end-user\` for user-pays routes)`
      }
    ];
  }
});

// src/rules/limit-missing.ts
var limit_missing_default = defineRule({
  meta: {
    id: "limit-missing",
    group: "production",
    description: "The route does not state the rate or quota limits that apply (`limits`).",
    rationale: 'Do not ship a route "if you cannot identify the key owner, billing trigger, route limit, support owner, data terms, and fallback plan".',
    defaults: perStage("error", "error", "warning", "off"),
    options: strictObject({})
  },
  checkRoute({ route }) {
    if (!isMissing(route.limits)) return [];
    return [
      {
        field: ["limits"],
        message: `${missingPhrase("limits", route.limits)}: write the rate or quota limits that apply, such as "Tier 3: 50 images/min" or a list of them`
      }
    ];
  }
});

// src/rules/provider.ts
function routeProvider(route, providers) {
  if (isMissing(route.provider)) return {};
  const written = route.provider.trim();
  return { written, entry: providers.resolve(written), id: providers.idOf(written) };
}
function unknownProviderPhrase(written, providers) {
  const named = providers.namedEntries();
  const guess = suggest(written, named.map(([name]) => name));
  const hint = guess ? ` (did you mean \`${named.find(([name]) => name === guess)[1].id}\`?)` : "";
  return `\`provider\` ${describeValue(written)} is not in the provider catalog${hint}; if it is right, add it under the policy's \`providers:\``;
}
function vendorName(providers, id) {
  return providers.get(id)?.name ?? id;
}

// src/rules/model-alias-unmapped.ts
function sameModel(a, b) {
  return a.id === b.id;
}
function aliasOfViolation(catalog, model, aliasOf, mapped, provider) {
  const target = catalog.lookup(aliasOf, provider);
  if (!target) {
    return { field: ["aliasOf"], message: `\`aliasOf\` ${describeValue(aliasOf)} names no model of the catalog: write the canonical id ${describeValue(model)} stands for, or add that model to the policy's \`models:\`` };
  }
  if (target.via === "alias") {
    return { field: ["aliasOf"], message: `\`aliasOf\` ${describeValue(aliasOf)} is itself an alias of \`${target.entry.id}\`: write \`aliasOf: ${target.entry.id}\`` };
  }
  if (mapped && !sameModel(mapped, target.entry)) {
    return { field: ["aliasOf"], message: `\`aliasOf: ${target.entry.id}\` contradicts the model catalog, where ${describeValue(model)} is \`${mapped.id}\`: write \`aliasOf: ${mapped.id}\`, or remove \`aliasOf\` (a known id maps by itself)` };
  }
  return void 0;
}
var model_alias_unmapped_default = defineRule({
  meta: {
    id: "model-alias-unmapped",
    group: "production",
    description: "`model` is neither a canonical id, a snapshot nor a known alias of the model catalog and `aliasOf` is missing, or `aliasOf` contradicts the catalog; on `official-api`, `model` is not a canonical id or snapshot of the route's provider.",
    rationale: '"First, confirm the model name. If the route does not name gpt-image-2, it may be a different model or a provider alias."',
    defaults: perStage("error", "error", "warning", "notice"),
    options: strictObject({})
  },
  checkRoute({ route, catalog, providers }) {
    const model = route.model;
    if (model === void 0 || isMissing(model)) return [];
    const { written, entry: provider, id: providerKey } = routeProvider(route, providers);
    const unknownProvider = written !== void 0 && !provider ? `; ${unknownProviderPhrase(written, providers)}` : "";
    if (route.kind === "official-api") {
      const providerId = providerKey ?? "openai";
      const match3 = catalog.lookup(model, providerId);
      if (match3?.ownId) return [];
      const whose = provider || written === void 0 ? vendorName(providers, providerId) : describeValue(written);
      const why = !match3 ? "is not in the model catalog" : match3.via === "alias" ? `is an id other platforms use for \`${match3.entry.id}\`, not ${whose}'s own id` : `is a model of ${vendorName(providers, match3.entry.provider)}, not of ${whose}`;
      const listing = `image-route-policy models ${providerId}`;
      const instead = match3 && match3.via === "alias" ? `write \`model: ${match3.entry.id}\`` : `write ${whose}'s canonical model id or a dated snapshot (\`${listing}\` lists them), or add the model to the policy's \`models:\``;
      return [{ field: ["model"], message: `\`model\` ${describeValue(model)} ${why}, and an \`official-api\` route calls the vendor's own ids (\`aliasOf\` does not change that): ${instead}${unknownProvider}` }];
    }
    const match2 = catalog.lookup(model, providerKey);
    if (!isMissing(route.aliasOf)) {
      const violation = aliasOfViolation(catalog, model, route.aliasOf.trim(), match2?.entry, providerKey);
      return violation ? [{ ...violation, message: violation.message + unknownProvider }] : [];
    }
    if (match2) return [];
    return [
      {
        field: ["model"],
        message: `\`model\` ${describeValue(model)} is neither a canonical id, a snapshot nor a known alias of the model catalog, and ${missingPhrase("aliasOf", route.aliasOf)}: add \`aliasOf\` with the canonical id it stands for (such as \`aliasOf: gpt-image-2\`), or add the model to the policy's \`models:\`${unknownProvider}`
      }
    ];
  }
});

// src/rules/model-retired.ts
function advice(entry, providers) {
  const vendor = vendorName(providers, entry.provider);
  const replacements = replacementsOf(entry);
  const source = entry.source ? ` (${entry.source})` : "";
  if (replacements.length === 0) return `${vendor} names no replacement${source}: move to an active model (\`image-route-policy models ${entry.provider}\` lists them)`;
  const list = replacements.map((id) => `\`${id}\``);
  const joined = list.length === 1 ? list[0] : `${list.slice(0, -1).join(", ")} or ${list[list.length - 1]}`;
  return `${vendor} advises moving to ${joined}${source}`;
}
var model_retired_default = defineRule({
  meta: {
    id: "model-retired",
    group: "production",
    description: "The model catalog marks `model` (or `aliasOf`) as deprecated or shutting down within `warnDays` (warning), or shut down as of today (error), for the route's provider.",
    rationale: '"First, confirm the model name": a retired model id fails every call, with no automatic upgrade.',
    defaults: perStage("error", "error", "warning", "notice"),
    options: strictObject({
      warnDays: int().min(0).max(3650).default(90).meta({ description: "Warn this many days before an announced shutdown day, even while the catalog still says `active`." })
    })
  },
  checkRoute({ route, catalog, providers, today, options: options5 }) {
    const provider = routeProvider(route, providers).id;
    let worst;
    for (const field of ["model", "aliasOf"]) {
      const name = route[field]?.trim();
      const entry = name ? catalog.lookup(name, provider)?.entry : void 0;
      if (!name || !entry) continue;
      const state = lifecycleOn(entry, today);
      const soon = state === "active" && entry.shutdown && entry.shutdown <= addDays(today, options5.warnDays);
      if (state === "active" && !soon) continue;
      const own2 = entry.id === name ? `\`${entry.id}\`` : `${describeValue(name)} (\`${entry.id}\`)`;
      if (state === "shutdown") {
        return [{ field: [field], message: `${own2} was shut down${entry.shutdown ? ` on ${entry.shutdown}` : ""} and no longer answers; ${advice(entry, providers)}` }];
      }
      worst ??= {
        field: [field],
        severity: "warning",
        message: `${own2} ${state === "deprecated" ? "is deprecated" : "is scheduled to retire"}${entry.shutdown ? ` and shuts down on ${entry.shutdown}` : " (no shutdown day announced yet)"}; ${advice(entry, providers)}`
      };
    }
    return worst ? [worst] : [];
  }
});

// src/rules/model-unnamed.ts
var model_unnamed_default = defineRule({
  meta: {
    id: "model-unnamed",
    group: "production",
    description: "The route does not name the model it calls (`model`).",
    rationale: '"First, confirm the model name."',
    defaults: perStage("error", "error", "warning", "notice"),
    options: strictObject({})
  },
  checkRoute({ route }) {
    if (!isMissing(route.model)) return [];
    return [
      {
        field: ["model"],
        message: `${missingPhrase("model", route.model)}: write the model id exactly as the route calls it (\`gpt-image-2\`, a provider alias or a deployment name)`
      }
    ];
  }
});

// src/rules/official-api-not-free.ts
function freeSignals(route) {
  const found = [];
  const billing2 = route.billing;
  if (billing2?.payer !== "our-account") {
    const payer = isMissing(billing2?.payer) ? missingPhrase("billing.payer", billing2?.payer) : `\`billing.payer\` is \`${billing2.payer}\``;
    found.push({ field: ["billing", "payer"], what: payer, instead: "write `payer: our-account`, or declare the route as the kind it really is" });
  }
  if (billing2?.unit === "none") found.push({ field: ["billing", "unit"], what: "`billing.unit` is `none`", instead: "write the price unit (`token` for GPT Image models)" });
  if (billing2?.trialEnds !== void 0) {
    found.push({ field: ["billing", "trialEnds"], what: "`billing.trialEnds` is set", instead: "remove `trialEnds`, or declare a `provider-trial` route for the trial" });
  }
  for (const { text: text2, field } of claimTexts(route)) {
    if (saysFree(text2)) found.push({ field, what: `${describeValue(text2)} calls the route free`, instead: "remove the word, or label the route with what it costs" });
  }
  return found;
}
var official_api_not_free_default = defineRule({
  meta: {
    id: "official-api-not-free",
    group: "kinds",
    description: "An `official-api` route is described as free (payer not `our-account`, unit `none`, a `trialEnds`, a free/gratis label) while the provider catalog records no free tier for the provider's image models; where the vendor has one, the route must state its terms.",
    rationale: '"Do not plan around an official free OpenAI API key for gpt-image-2": the official API means your account pays.',
    defaults: everyStage("error"),
    options: strictObject({})
  },
  checkRoute({ route, providers }) {
    if (route.kind !== "official-api") return [];
    const signals = freeSignals(route);
    if (signals.length === 0) return [];
    const { written, entry } = routeProvider(route, providers);
    const provider = entry ?? (written === void 0 ? providers.get("openai") : void 0);
    const tier = provider?.freeTier;
    if (provider && tier && (tier.images === "free-tier" || tier.images === "credits")) {
      const missing = [
        isMissing(route.billing?.trigger) ? "`billing.trigger` (the event that starts charging)" : "",
        isMissing(route.limits) ? "`limits` (the free allowance)" : "",
        isMissing(route.dataTerms) ? "`dataTerms` (the terms the free use falls under)" : ""
      ].filter(Boolean);
      if (missing.length === 0) return [];
      const first = signals[0];
      return [
        {
          field: first.field,
          severity: "warning",
          message: `${first.what}: ${provider.name}'s official API has ${tier.images === "credits" ? "free credits" : "a free tier"} for some image use ("${tier.summary}", ${tier.source ?? "policy"}), so a free route may be real, but it must say what ends it: write ${missing.join(", ")}`
        }
      ];
    }
    const why = provider ? tier?.images === "none" ? `${provider.name}'s official API has no free tier for image models (${tier.source ?? "policy"})` : `the provider catalog records no free tier for ${provider.name}'s image models, so the route is taken to be paid by your account (if ${provider.name} has one, record it under the policy's \`providers:\`)` : `${unknownProviderPhrase(written, providers)}; without a recorded free tier its official API is taken to be paid by your account`;
    return signals.map(({ field, what, instead }) => ({ field, message: `${what}, but ${why}: ${instead}` }));
  }
});

// src/rules/path-untested.ts
var options2 = strictObject({
  requiredCovers: array(_enum(TEST_COVERS)).default(["generate", "errors", "retries"]),
  maxAgeDays: int().min(1).max(3650).default(180)
});
var path_untested_default = defineRule({
  meta: {
    id: "path-untested",
    group: "production",
    description: "A production-like route has no `tested`, its `covers` lack a required part, or its `date` is older than `maxAgeDays`.",
    rationale: '"Third, test one complete image path. Browser output is not enough if your product needs API calls, edits, storage, logs, retries, predictable output count, or error reporting."',
    defaults: perStage("error", "warning", "off", "off"),
    options: options2
  },
  checkRoute({ route, productionLike, options: { requiredCovers, maxAgeDays }, today }) {
    if (!productionLike) return [];
    const required2 = listWording(requiredCovers.map((part) => `\`${part}\``));
    const tested2 = route.tested;
    if (!tested2) {
      return [
        {
          field: ["tested"],
          message: `\`tested\` is not set and ${productionLikePhrase(route.stage)}: run one complete image path end to end and record it as \`tested: { date: YYYY-MM-DD, covers: [...] }\`, covering at least ${required2}`
        }
      ];
    }
    const found = [];
    const lacking = requiredCovers.filter((part) => !tested2.covers?.includes(part));
    if (lacking.length > 0) {
      found.push({
        field: ["tested", "covers"],
        message: `${tested2.covers ? "`tested.covers` lacks" : "`tested.covers` is not set, so the test covers none of"} ${listWording(lacking.map((part) => `\`${part}\``))}: test those parts of the image path and list them in \`tested.covers\` (required: ${required2})`
      });
    }
    if (!tested2.date) {
      found.push({ field: ["tested", "date"], message: "`tested.date` is not set: write the day of the end-to-end test as `YYYY-MM-DD`" });
    } else if (daysBetween(tested2.date, today) > maxAgeDays) {
      found.push({
        field: ["tested", "date"],
        message: `the image path was last tested on ${tested2.date}, ${dayCount(daysBetween(tested2.date, today))} ago (more than ${maxAgeDays}): test it again and update \`tested.date\``
      });
    }
    return found;
  }
});

// src/engine/route-facts.ts
function hostOf(url) {
  const match2 = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:@\s]+)/i.exec(url.trim());
  return match2 ? match2[1].toLowerCase() : void 0;
}
function envOfSecretRef(secretRef) {
  const match2 = secretRef ? /^env:([A-Za-z_][A-Za-z0-9_]*)$/.exec(secretRef.trim()) : null;
  return match2 ? match2[1] : void 0;
}

// src/engine/tie.ts
function modelKey(catalog, name, provider) {
  return catalog.lookup(name, provider)?.entry.id ?? name;
}
var RouteTier = class {
  constructor(routes, catalog, providers) {
    this.catalog = catalog;
    this.candidates = [...routes.values()].map((route) => {
      const provider = route.provider ? providers.resolve(route.provider.trim())?.id : void 0;
      const models = /* @__PURE__ */ new Set();
      for (const name of [route.model, route.aliasOf]) if (name && name.trim()) models.add(modelKey(catalog, name.trim(), provider));
      return { route, provider, models, host: route.endpoint ? hostOf(route.endpoint) : void 0, code: (route.code ?? []).map((glob) => new Minimatch(glob, { dot: true })) };
    });
  }
  catalog;
  candidates;
  /** The routes whose `code` globs match `file`. */
  routesOfFile(file) {
    return this.candidates.filter((candidate) => candidate.code.some((glob) => glob.match(file))).map((candidate) => candidate.route);
  }
  tie(site, declared) {
    if (site.routeComment !== null) {
      return { ...site, route: declared.has(site.routeComment) ? site.routeComment : null, tiedBy: declared.has(site.routeComment) ? "comment" : null };
    }
    const model = site.model === null ? void 0 : modelKey(this.catalog, site.model, site.provider);
    const host = site.endpoint ? hostOf(site.endpoint) : void 0;
    const byCode = this.candidates.filter((candidate) => candidate.code.some((glob) => glob.match(site.file)));
    const single = (list) => list.length === 1 ? list[0] : void 0;
    const codeMatch = single(byCode) ?? single(byCode.filter((candidate) => candidate.provider === site.provider && (model === void 0 || candidate.models.has(model))));
    if (codeMatch) return { ...site, route: codeMatch.route.id, tiedBy: "code" };
    const sameProvider = this.candidates.filter((candidate) => candidate.provider === site.provider);
    if (model !== void 0) {
      const byModel = sameProvider.filter((candidate) => candidate.models.has(model));
      const modelMatch = single(byModel) ?? (host ? single(byModel.filter((candidate) => candidate.host === host)) : void 0);
      if (modelMatch) return { ...site, route: modelMatch.route.id, tiedBy: "model" };
      return { ...site, route: null, tiedBy: null };
    }
    const providerMatch = (host ? single(sameProvider.filter((candidate) => candidate.host === host)) : void 0) ?? single(sameProvider);
    if (providerMatch) return { ...site, route: providerMatch.route.id, tiedBy: "provider" };
    return { ...site, route: null, tiedBy: null };
  }
};

// src/rules/route-drift.ts
var route_drift_default = defineRule({
  meta: {
    id: "route-drift",
    group: "code",
    description: "A call site tied to a route calls another model than the route's `model`/`aliasOf`, goes to another endpoint host than its `endpoint`, or reads its key from another variable than its `secretRef: env:NAME`.",
    rationale: '"First, confirm the model name. If the route does not name gpt-image-2, it may be a different model or a provider alias."',
    defaults: perStage("error", "error", "warning", "notice"),
    options: strictObject({})
  },
  checkCode({ callSites, routes, declaredAt, catalog, providers }) {
    const found = [];
    for (const site of callSites) {
      if (site.route === null) continue;
      const route = routes.get(site.route);
      const where = declaredAt.get(route.id);
      const named = `route \`${route.id}\`${where ? ` (${where.file}:${where.line})` : ""}`;
      const provider = route.provider ? providers.resolve(route.provider.trim())?.id : void 0;
      const declaredModels = [route.model, route.aliasOf].filter((name) => Boolean(name && name.trim() && name.trim() !== "unknown"));
      if (site.model !== null && declaredModels.length > 0) {
        const called = modelKey(catalog, site.model, site.provider);
        if (!declaredModels.some((name) => modelKey(catalog, name.trim(), provider ?? site.provider) === called)) {
          found.push({ callSite: site, message: `the call names model ${describeValue(site.model)}, but ${named} declares ${describeValue(declaredModels[0])}: update the route's \`model\` (and check it again), or call the declared model` });
        }
      }
      const routeHost = route.endpoint ? hostOf(route.endpoint) : void 0;
      const callHost = site.endpoint ? hostOf(site.endpoint) : void 0;
      if (routeHost && callHost && routeHost !== callHost) {
        found.push({ callSite: site, message: `the call goes to \`${callHost}\`, but ${named} declares the endpoint host \`${routeHost}\`: update the route's \`endpoint\`, or declare the other host as a route of its own` });
      }
      const routeEnv = envOfSecretRef(route.secretRef);
      if (routeEnv && site.keyEnv && routeEnv !== site.keyEnv) {
        found.push({ callSite: site, message: `the call reads its key from \`${site.keyEnv}\`, but ${named} declares \`secretRef: env:${routeEnv}\`: whose key is \`${site.keyEnv}\`? Update \`secretRef\` (and \`keyOwner\`), or read the declared variable` });
      }
    }
    return found;
  }
});

// src/rules/code-words.ts
function describeCall(site) {
  const model = site.model === null ? "no model the file shows" : `model ${describeValue(site.model)}`;
  return `\`${site.api}\` of ${site.provider} with ${model}`;
}

// src/rules/route-undeclared.ts
var route_undeclared_default = defineRule({
  meta: {
    id: "route-undeclared",
    group: "code",
    description: "An image-API call site in the source is tied to no declared route (no `image-route:` comment, `code` glob, model or provider match), or its `image-route:` comment names no declared route.",
    rationale: '"If the route does not show who owns the key, who pays, what fails, and what data is stored, do not use it in production."',
    defaults: everyStage("error"),
    options: strictObject({})
  },
  checkCode({ callSites }) {
    const found = [];
    for (const site of callSites) {
      if (site.route !== null) continue;
      if (site.routeComment !== null) {
        found.push({
          callSite: site,
          message: `the comment \`image-route: ${site.routeComment}\` names a route no manifest declares: declare route ${describeValue(site.routeComment)} in an image-routes.yml, or name a declared route`
        });
        continue;
      }
      const facts = [`provider: ${site.provider}`, site.model === null ? void 0 : `model: ${site.model}`, `code: ["${site.file}"]`].filter(Boolean).join(", ");
      found.push({
        callSite: site,
        message: `${describeCall(site)} is tied to no declared route: declare one (${facts}), or write \`image-route: <route-id>\` in a comment above the call`
      });
    }
    return found;
  }
});

// src/rules/route-unused.ts
var CODE_KINDS = /* @__PURE__ */ new Set(["official-api", "provider-trial", "provider-paid", "unknown-wrapper"]);
var route_unused_default = defineRule({
  meta: {
    id: "route-unused",
    group: "code",
    description: "A route's `code` globs hold no call site, or (when the scan read the whole tree) a route of a code-bearing kind with an `endpoint` has no call site tied to it.",
    rationale: `"Treat today's route evidence as current evidence, not a permanent promise": a route no code calls is a promise about code that is gone.`,
    defaults: perStage("warning", "warning", "notice", "off"),
    options: strictObject({})
  },
  checkCode({ callSites, routes, wholeTree }) {
    if (!wholeTree) return [];
    const found = [];
    const tied = new Set(callSites.map((site) => site.route));
    const files = [...new Set(callSites.map((site) => site.file))];
    for (const route of routes.values()) {
      if (route.code && route.code.length > 0) {
        const globs = route.code.map((glob) => new Minimatch(glob, { dot: true }));
        if (!files.some((file) => globs.some((glob) => glob.match(file)))) {
          found.push({ route: route.id, field: ["code"], message: `the files \`code\` names (${route.code.join(", ")}) hold no image-API call site: fix the globs, or remove the route if the code is gone` });
        }
        continue;
      }
      if (CODE_KINDS.has(route.kind) && route.endpoint && !tied.has(route.id)) {
        found.push({ route: route.id, field: ["endpoint"], message: `no call site in the source is tied to this \`${route.kind}\` route: add \`code\` globs naming the files that call it (or an \`image-route: ${route.id}\` comment at the call), or remove the route if nothing calls it` });
      }
    }
    return found;
  }
});

// src/rules/payer-unknown.ts
var payer_unknown_default = defineRule({
  meta: {
    id: "payer-unknown",
    group: "production",
    description: "The route does not say who pays (`billing.payer`).",
    rationale: '"Second, identify the payer."',
    defaults: perStage("error", "error", "warning", "notice"),
    options: strictObject({})
  },
  checkRoute({ route }) {
    const payer = route.billing?.payer;
    if (!isMissing(payer)) return [];
    return [
      {
        field: ["billing", "payer"],
        message: `${missingPhrase("billing.payer", payer)}: write who pays, \`our-account\`, \`end-user\`, \`provider-credit\` or \`app-quota\``
      }
    ];
  }
});

// src/rules/playground-in-production.ts
var playground_in_production_default = defineRule({
  meta: {
    id: "playground-in-production",
    group: "kinds",
    description: "A `browser-playground` route is in a production-like stage.",
    rationale: 'A browser test "can save time before developers build key management, storage, and retries"; keep the boundary clear: "it is not official OpenAI API credit".',
    defaults: perStage("error", "error", "off", "off"),
    options: strictObject({})
  },
  checkRoute({ route, productionLike }) {
    if (route.kind !== "browser-playground" || !productionLike) return [];
    return [
      {
        field: ["stage"],
        message: `a \`browser-playground\` route is for prompt tests, and ${productionLikePhrase(route.stage)}: move it to \`demo\` or \`exploration\`, and serve the product through an \`official-api\`, \`provider-paid\` or \`user-pays\` route`
      }
    ];
  }
});

// src/rules/secret-in-manifest.ts
function scan(value, path6, found, secrets) {
  if (typeof value === "string") {
    const isRef2 = path6[path6.length - 1] === "secretRef" && (path6[0] === "routes" ? path6.length === 3 : path6[0] === "defaults" && path6.length === 2);
    if (isRef2 && !SECRET_REFERENCE.test(value.trim())) {
      const secret2 = secrets.find(value);
      found.push({
        path: [...path6],
        message: `\`secretRef\` holds ${secret2 ? `what looks like ${withArticle(secret2.name)}` : "a value that is not a reference"} (${maskSecret(value).replace(/`/g, "")}): write \`env:NAME\`, \`secret:NAME\`, \`vault:PATH\` or \`none\`, and rotate the key if it was real`
      });
      return;
    }
    const secret = secrets.find(value);
    if (secret) found.push({ path: [...path6], message: secretMessage(secret.name, secret.value) });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => scan(item, [...path6, index], found, secrets));
    return;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const secret = secrets.find(key);
      if (secret) found.push({ path: [...path6], message: secretMessage(secret.name, secret.value) });
      const start = found.length;
      scan(item, [...path6, key], found, secrets);
      if (secret) for (const violation of found.slice(start)) violation.path = [...path6];
    }
  }
}
function secretMessage(name, value) {
  return `this value looks like ${withArticle(name)} (${maskSecret(value).replace(/`/g, "")}): remove it, keep the key in a secret store, point \`secretRef\` at it, and rotate the key`;
}
var secret_in_manifest_default = defineRule({
  meta: {
    id: "secret-in-manifest",
    group: "claims",
    description: "A manifest value looks like key material of a format the provider catalog knows, or `secretRef` is not a reference. The value is never printed.",
    rationale: '"Reject shared-key flows": a key written into a repository is shared with everyone who can read it.',
    defaults: everyStage("error"),
    options: strictObject({})
  },
  checkDocument({ data, mayHoldSecrets, secrets }) {
    const found = [];
    if (mayHoldSecrets) {
      scan(data, [], found, secrets);
      return found;
    }
    const record2 = data ?? {};
    if (record2.defaults && typeof record2.defaults === "object") scan(record2.defaults.secretRef, ["defaults", "secretRef"], found, secrets);
    if (Array.isArray(record2.routes)) {
      record2.routes.forEach((route, index) => {
        if (route && typeof route === "object") scan(route.secretRef, ["routes", index, "secretRef"], found, secrets);
      });
    }
    return found;
  }
});

// src/rules/shared-key-user-data.ts
var shared_key_user_data_default = defineRule({
  meta: {
    id: "shared-key-user-data",
    group: "claims",
    description: "The key is shared (`sharedKey: true`, no `keyOwner`, or an `unknown-wrapper`) and `userData` is true or unknown.",
    rationale: '"Reject shared-key flows for real user data. If you do not know whose key is being used, how prompts and images are logged, or whether users consented to the route, the issue becomes privacy, security, rights, and support risk."',
    defaults: everyStage("error"),
    options: strictObject({})
  },
  checkRoute({ route }) {
    if (!mayCarryUserData(route)) return [];
    const shared = route.sharedKey === true ? ["sharedKey", "`sharedKey` is `true`"] : route.kind === "unknown-wrapper" ? ["kind", "an `unknown-wrapper` route runs on a key nobody can vouch for"] : isMissing(route.keyOwner) ? ["keyOwner", `${missingPhrase("keyOwner", route.keyOwner)}, so nobody can say whose key it is`] : void 0;
    if (!shared) return [];
    return [
      {
        field: [shared[0]],
        message: `${shared[1]}, and ${userDataPhrase(route.userData)}: real users' prompts and images must not go through a shared key; use a key your organisation owns (with \`keyOwner\` and \`sharedKey: false\`), or set \`userData: false\` if only test data is sent`
      }
    ];
  }
});

// src/rules/support-owner-missing.ts
var support_owner_missing_default = defineRule({
  meta: {
    id: "support-owner-missing",
    group: "production",
    description: "The route does not say who handles its failures (`support`).",
    rationale: 'Do not ship a route "if you cannot identify the key owner, billing trigger, route limit, support owner, data terms, and fallback plan".',
    defaults: perStage("error", "error", "warning", "off"),
    options: strictObject({})
  },
  checkRoute({ route }) {
    if (!isMissing(route.support)) return [];
    return [
      {
        field: ["support"],
        message: `${missingPhrase("support", route.support)}: name the team, on-call rotation, contact or vendor channel that handles the route's failures`
      }
    ];
  }
});

// src/rules/trial-expiring.ts
var options3 = strictObject({
  warnDays: int().min(0).max(365).default(14)
});
var trial_expiring_default = defineRule({
  meta: {
    id: "trial-expiring",
    group: "kinds",
    description: "`billing.trialEnds` has passed (error), or falls within `warnDays` days of today (warning).",
    rationale: 'The question is "free until what event, under whose terms, and with what support path?"',
    defaults: perStage("error", "error", "error", "warning"),
    options: options3
  },
  checkRoute({ route, options: { warnDays }, today }) {
    const ends = route.billing?.trialEnds;
    if (!ends || ends > addDays(today, warnDays)) return [];
    const instead = "move the route to a paid account (`provider-paid`, `official-api`) or a `user-pays` route, or retire it, and update `billing`";
    if (ends < today) {
      return [{ field: ["billing", "trialEnds"], message: `the trial ended on ${ends}, ${dayCount(daysBetween(ends, today))} ago, so calls now fail or are charged: ${instead}` }];
    }
    const when = ends === today ? "today" : `in ${dayCount(daysBetween(today, ends))}`;
    return [{ field: ["billing", "trialEnds"], severity: "warning", message: `the trial ends on ${ends}, ${when}: ${instead} before then` }];
  }
});

// src/rules/trial-in-production.ts
var trial_in_production_default = defineRule({
  meta: {
    id: "trial-in-production",
    group: "kinds",
    description: "A `provider-trial` route is in a production-like stage without unit, known failure billing, limits, data terms, support and a fallback to a non-trial route.",
    rationale: 'Is a provider trial safe for production? "Not by itself. Production requires price-unit clarity, failure billing, rate limits, data terms, support, and fallback planning."',
    defaults: perStage("error", "error", "off", "off"),
    options: strictObject({})
  },
  checkRoute({ route, productionLike, routes }) {
    if (route.kind !== "provider-trial" || !productionLike) return [];
    const target = fallbackRouteId(route.fallback);
    const fallbackRoute = target && target !== route.id ? routes.get(target) : void 0;
    const gaps = [
      isMissing(route.billing?.unit) && "`billing.unit`",
      isMissing(route.billing?.failureBilling) && "a known `billing.failureBilling`",
      isMissing(route.limits) && "`limits`",
      isMissing(route.dataTerms, true) && "`dataTerms`",
      isMissing(route.support) && "`support`",
      (!fallbackRoute || fallbackRoute.kind === "provider-trial") && "a `fallback: route:<id>` to a declared route that is not a trial"
    ].filter((gap) => typeof gap === "string");
    if (gaps.length === 0) return [];
    return [
      {
        field: ["stage"],
        message: `a \`provider-trial\` route runs on temporary credit under the provider's terms, and ${productionLikePhrase(route.stage)}: declare ${listWording(gaps)}, or move the route to \`demo\` or \`exploration\``
      }
    ];
  }
});

// src/rules/unknown-wrapper.ts
var unknown_wrapper_default = defineRule({
  meta: {
    id: "unknown-wrapper",
    group: "kinds",
    description: "The route is an `unknown-wrapper`: its owner, key or terms are not shown.",
    rationale: 'No-login sites are safe "only if they disclose route owner, key handling, limits, billing trigger, data terms, and support path. If those pieces are missing, reject them for production and sensitive prompts."',
    defaults: perStage("error", "error", "error", "warning"),
    options: strictObject({})
  },
  checkRoute({ route }) {
    if (route.kind !== "unknown-wrapper") return [];
    return [
      {
        field: ["kind"],
        message: "an `unknown-wrapper` route hides who owns the key, who pays and which terms apply: replace it with an `official-api`, `provider-paid` or `user-pays` route, or, if its owner and terms are now known, declare it as that kind"
      }
    ];
  }
});

// src/rules/unlimited-claim-unproven.ts
var options4 = strictObject({
  maxAgeDays: int().min(1).max(3650).default(90)
});
function evidenceGaps(claim3, accepted, maxAgeDays, today) {
  const { evidence: evidence2, evidenceField } = claim3;
  if (!evidence2 || !evidenceField) return [];
  const gaps = [];
  if (!accepted.includes(evidence2.type)) gaps.push([[...evidenceField, "type"], `its evidence is of type \`${evidence2.type}\`, which is not enough for this promise`]);
  if (!evidence2.url) gaps.push([[...evidenceField, "url"], "its evidence has no `url`"]);
  if (!evidence2.checked) gaps.push([[...evidenceField, "checked"], "its evidence has no `checked` date"]);
  else if (daysBetween(evidence2.checked, today) > maxAgeDays) {
    gaps.push([[...evidenceField, "checked"], `its evidence was checked on ${evidence2.checked}, more than ${dayCount(maxAgeDays)} ago`]);
  }
  return gaps;
}
var unlimited_claim_unproven_default = defineRule({
  meta: {
    id: "unlimited-claim-unproven",
    group: "claims",
    description: "A claim or label promises unlimited use, uptime, uncharged failures and the like without current evidence (`contract` for the strongest promises).",
    rationale: '"Reject unlimited claims by default." "The more generous the promise, the stronger the proof must be."',
    defaults: perStage("error", "error", "warning", "warning"),
    options: options4
  },
  checkRoute({ route, options: { maxAgeDays }, today }) {
    const found = [];
    for (const claim3 of claimTexts(route)) {
      const entry = matchClaim(claim3.text);
      if (!entry) continue;
      const accepted = ACCEPTED_EVIDENCE[entry.strength];
      const proof = `evidence of type ${listWording(accepted.map((type2) => `\`${type2}\``), "or")} with a \`url\` and a \`checked\` date within ${dayCount(maxAgeDays)}`;
      const promise = `${describeValue(claim3.text)} promises ${entry.promise}`;
      if (claim3.field[0] === "labels") {
        found.push({ field: claim3.field, message: `the label ${promise}, and a label cannot carry evidence: remove it, or move the promise to \`claims\` with ${proof}` });
        continue;
      }
      if (!claim3.evidence) {
        found.push({ field: claim3.field, message: `the claim ${promise} without evidence: write it as \`{text, evidence: {type, url, checked}}\` with ${proof}, or remove it` });
        continue;
      }
      const gaps = evidenceGaps(claim3, accepted, maxAgeDays, today);
      if (gaps.length === 0) continue;
      found.push({ field: gaps[0][0], message: `the claim ${promise}, but ${listWording(gaps.map(([, gap]) => gap))}: back it with ${proof}, or remove it` });
    }
    return found;
  }
});

// src/rules/user-pays-consent-missing.ts
var user_pays_consent_missing_default = defineRule({
  meta: {
    id: "user-pays-consent-missing",
    group: "kinds",
    description: "A `user-pays` route may carry user data (`userData` true or unknown) and `consent` is not `obtained`.",
    rationale: 'User-pays "reduces your central API bill but changes onboarding, privacy copy, abuse controls, and support"; reject flows where you do not know "whether users consented to the route".',
    defaults: perStage("error", "error", "warning", "notice"),
    options: strictObject({})
  },
  checkRoute({ route }) {
    if (route.kind !== "user-pays" || !mayCarryUserData(route) || route.consent === "obtained") return [];
    const consent = route.consent === "not-required" ? "`consent` is `not-required`" : missingPhrase("consent", route.consent);
    return [
      {
        field: ["consent"],
        message: `${consent} while ${userDataPhrase(route.userData)} on a \`user-pays\` route: obtain users' consent to the route and write \`consent: obtained\`, or set \`userData: false\` if no real user data is sent`
      }
    ];
  }
});

// src/rules/index.ts
var RULES = [
  key_owner_missing_default,
  billing_trigger_missing_default,
  checked_date_missing_default,
  payer_unknown_default,
  limit_missing_default,
  support_owner_missing_default,
  data_terms_missing_default,
  fallback_missing_default,
  fallback_unresolved_default,
  model_unnamed_default,
  model_alias_unmapped_default,
  model_retired_default,
  path_untested_default,
  app_access_as_api_default,
  playground_in_production_default,
  unknown_wrapper_default,
  trial_in_production_default,
  trial_expiring_default,
  failure_billing_unknown_default,
  official_api_not_free_default,
  user_pays_consent_missing_default,
  unlimited_claim_unproven_default,
  free_label_unqualified_default,
  shared_key_user_data_default,
  secret_in_manifest_default,
  checked_date_stale_default,
  checked_date_future_default,
  route_undeclared_default,
  route_drift_default,
  route_unused_default,
  manifestInvalid,
  waiverExpired,
  waiverUnused,
  catalogStale
];
var BY_ID = new Map(RULES.map((rule) => [rule.meta.id, rule]));
var RULE_ALIASES = /* @__PURE__ */ new Map();
function ruleById(id) {
  return BY_ID.get(RULE_ALIASES.get(id) ?? id);
}
var RULE_IDS = RULES.map((rule) => rule.meta.id);
function defaultSetting(rule) {
  return { severity: rule.meta.defaults, options: rule.meta.options.parse({}) };
}

// src/policy/defaults.ts
var BUILTIN_ORIGIN = "built-in default";
function defaultPolicy(catalogs) {
  const rules = /* @__PURE__ */ new Map();
  const origins = /* @__PURE__ */ new Map();
  for (const rule of RULES) {
    const setting = defaultSetting(rule);
    rules.set(rule.meta.id, setting);
    origins.set(rule.meta.id, {
      severity: Object.fromEntries(STAGES.map((stage) => [stage, BUILTIN_ORIGIN])),
      options: Object.fromEntries(Object.keys(setting.options).map((key) => [key, BUILTIN_ORIGIN]))
    });
  }
  return {
    sources: [],
    failOn: "error",
    rules,
    overrides: [],
    locked: /* @__PURE__ */ new Map(),
    waivers: [],
    scan: { enabled: true, exclude: [] },
    ...catalogsOf(catalogs, catalogs.models, catalogs.providers),
    origins
  };
}
function catalogsOf(builtin2, models, providerEntries) {
  const providers = new ProviderCatalog(providerEntries, builtin2.otherKeyFormats);
  const extraKeys = providerEntries.length !== builtin2.providers.length || providerEntries.some((entry, index) => entry !== builtin2.providers[index]);
  return {
    catalog: new ModelCatalog(models, providers),
    providers,
    secrets: extraKeys ? new SecretScanner(providers.keyFormats) : builtinSecrets(),
    catalogFiles: builtin2.files
  };
}

// src/policy/schema.ts
var severitySchema = _enum(SEVERITIES);
var stageSeveritySchema = strictObject(Object.fromEntries(STAGES.map((stage) => [stage, severitySchema.optional()]))).meta({ description: "A severity per stage; stages left out keep their inherited severity." });
var ruleEntrySchema = union([
  severitySchema,
  stageSeveritySchema,
  looseObject({ severity: union([severitySchema, stageSeveritySchema]).optional() })
]);
var overrideSchema = strictObject({
  routes: array(string2().min(1)).optional(),
  files: array(string2().min(1)).optional(),
  stages: array(_enum(STAGES)).optional(),
  rules: record(string2(), ruleEntrySchema)
});
var waiverSchema = strictObject({
  rule: string2().min(1),
  route: string2().min(1).optional().meta({ description: "A route id, or a minimatch pattern of route ids." }),
  files: array(string2().min(1)).min(1).optional().meta({ description: "Minimatch globs on the finding's file (repository-relative), for findings at a call site." }),
  reason: string2().trim().min(10, { error: "must explain the waiver in at least 10 characters" }),
  owner: string2().trim().min(1, { error: "must name who owns the waiver" }),
  expires: isoDate
});
var policySchema = strictObject({
  $schema: string2().optional(),
  version: literal2(1),
  extends: array(string2().min(1)).optional(),
  failOn: _enum(FAIL_ON).optional(),
  maxWaiverDays: int().min(1).max(3650).optional(),
  rules: record(string2(), ruleEntrySchema).optional(),
  overrides: array(overrideSchema).optional(),
  locked: array(string2()).optional(),
  waivers: array(waiverSchema).optional(),
  models: array(modelEntrySchema).optional().meta({ description: "Entries added to the model catalog, or replacing the entry with the same provider and id." }),
  scan: strictObject({
    enabled: boolean2().optional().meta({ description: "Read the source for image-API call sites (default true)." }),
    include: array(string2().min(1)).optional().meta({ description: "Minimatch globs of the source files to read (default: the whole tree)." }),
    exclude: array(string2().min(1)).optional().meta({ description: "Minimatch globs added to the default exclusions." })
  }).optional(),
  providers: array(providerEntrySchema).optional().meta({ description: "Entries added to the provider catalog, or replacing the entry with the same id." })
}).meta({ title: "image-route-policy policy", description: "The policy that judges image-routes.yml manifests." });
function policyJsonSchema() {
  return toJSONSchema(policySchema, { target: "draft-2020-12", io: "input" });
}

// src/policy/resolve.ts
var DEFAULT_MAX_WAIVER_DAYS = 365;
var UNWAIVABLE = /* @__PURE__ */ new Set(["manifest-invalid"]);
function resolvePolicy(layers, catalogs, today) {
  const base = defaultPolicy(catalogs);
  const rules = new Map(base.rules);
  const origins = new Map([...base.origins].map(([id, origin]) => [id, structuredClone(origin)]));
  const locked = /* @__PURE__ */ new Map();
  const overrides = [];
  const pendingWaivers = [];
  const models = [...catalogs.models];
  const providers = [...catalogs.providers];
  const problems = [];
  let failOn = "error";
  let maxWaiverDays = DEFAULT_MAX_WAIVER_DAYS;
  const scan2 = { enabled: true, exclude: [] };
  for (const layer of layers) {
    const problem = (fieldPath, message, part = "value") => {
      problems.push({ file: layer.file, at: layer.document.locate(fieldPath, part) ?? { line: 1, column: 1 }, message });
    };
    const { data } = layer;
    if (data.failOn) failOn = data.failOn;
    if (data.maxWaiverDays) maxWaiverDays = data.maxWaiverDays;
    for (const [id, entry] of writtenEntries(layer, ["rules"])) {
      const rule = knownRule(id, ["rules", id], problem);
      if (!rule) continue;
      const patch = parseEntry(rule, entry, ["rules", id], problem);
      if (!patch) continue;
      const lockedBy = locked.get(rule.meta.id);
      const current = rules.get(rule.meta.id);
      if (lockedBy && weakens(current, patch)) {
        problem(["rules", id], `\`${rule.meta.id}\` is locked by ${lockedBy}: ${layer.file} may raise its severity but not lower it, turn it off or change its options`, "key");
        continue;
      }
      rules.set(rule.meta.id, applyPatch(current, patch));
      recordOrigin(origins.get(rule.meta.id), patch, layer.name);
    }
    for (const [index, id] of (data.locked ?? []).entries()) {
      const rule = knownRule(id, ["locked", index], problem);
      if (rule && !locked.has(rule.meta.id)) locked.set(rule.meta.id, layer.file);
    }
    for (const [index, override] of (data.overrides ?? []).entries()) {
      const patches = /* @__PURE__ */ new Map();
      for (const [id, entry] of writtenEntries(layer, ["overrides", index, "rules"])) {
        const rule = knownRule(id, ["overrides", index, "rules", id], problem);
        if (!rule) continue;
        const lockedBy = locked.get(rule.meta.id);
        if (lockedBy || UNWAIVABLE.has(rule.meta.id)) {
          problem(["overrides", index, "rules", id], `\`${rule.meta.id}\` is locked${lockedBy ? ` by ${lockedBy}` : ""}: ${layer.file} cannot override it`, "key");
          continue;
        }
        const patch = parseEntry(rule, entry, ["overrides", index, "rules", id], problem);
        if (patch) patches.set(rule.meta.id, patch);
      }
      overrides.push({ routes: override.routes, files: override.files, stages: override.stages, rules: patches, source: layer.file });
    }
    for (const [index, waiver] of (data.waivers ?? []).entries()) {
      const rule = knownRule(waiver.rule, ["waivers", index, "rule"], problem);
      if (!rule) continue;
      if (waiver.route === void 0 && waiver.files === void 0) {
        problem(["waivers", index], "a waiver names the `route` it covers, or the `files` of the call sites it covers (or both)");
        continue;
      }
      const at = layer.document.locate(["waivers", index]) ?? { line: 1, column: 1 };
      pendingWaivers.push({ waiver: { ...waiver, rule: rule.meta.id, at: { file: layer.file, ...at } }, layer, index });
    }
    if (data.scan) {
      if (data.scan.enabled !== void 0) scan2.enabled = data.scan.enabled;
      if (data.scan.include) scan2.include = data.scan.include;
      if (data.scan.exclude) scan2.exclude = [...scan2.exclude, ...data.scan.exclude];
    }
    models.push(...data.models ?? []);
    providers.push(...data.providers ?? []);
  }
  const horizon = addDays(today, maxWaiverDays);
  const waivers = [];
  for (const { waiver, layer, index } of pendingWaivers) {
    const at = (field) => layer.document.locate(["waivers", index, field]) ?? waiver.at;
    if (UNWAIVABLE.has(waiver.rule)) {
      problems.push({ file: layer.file, at: at("rule"), message: "`manifest-invalid` cannot be waived: fix the manifest" });
    } else if (locked.has(waiver.rule)) {
      problems.push({ file: layer.file, at: at("rule"), message: `\`${waiver.rule}\` is locked by ${locked.get(waiver.rule)} and cannot be waived` });
    } else if (waiver.expires > horizon) {
      problems.push({
        file: layer.file,
        at: at("expires"),
        message: `the waiver expires on ${waiver.expires}, more than ${maxWaiverDays} days after ${today}: choose a date on or before ${horizon}`
      });
    } else waivers.push(waiver);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    sources: layers.map((layer) => layer.name),
    failOn,
    rules,
    overrides,
    locked,
    waivers,
    scan: scan2,
    ...models.length === catalogs.models.length && providers.length === catalogs.providers.length ? pickCatalogs(base) : catalogsOf(catalogs, models, providers),
    origins
  };
}
function pickCatalogs({ catalog, providers, secrets, catalogFiles }) {
  return { catalog, providers, secrets, catalogFiles };
}
function writtenEntries(layer, fieldPath) {
  const written = valueAt(layer.document.value, fieldPath);
  return written !== null && typeof written === "object" ? Object.entries(written) : [];
}
function knownRule(id, fieldPath, problem) {
  const rule = ruleById(id);
  if (rule) return rule;
  const guess = suggest(id, RULE_IDS);
  const isKey = fieldPath[fieldPath.length - 1] === id;
  problem(fieldPath, `unknown rule \`${id}\`${guess ? `; did you mean \`${guess}\`?` : ""} (\`image-route-policy rules\` lists them)`, isKey ? "key" : "value");
  return void 0;
}
function isSeverity(value) {
  return typeof value === "string" && SEVERITIES.includes(value);
}
function isStageMap(value) {
  const keys = Object.keys(value);
  return !Object.hasOwn(value, "severity") && keys.some((key) => STAGES.includes(key));
}
function parseEntry(rule, entry, fieldPath, problem) {
  const id = rule.meta.id;
  if (isSeverity(entry)) return checkEngineRule(rule, { severity: everyStageOf(entry) }, fieldPath, problem);
  if (isStageMap(entry)) {
    const stages = stageSeveritySchema.safeParse(entry);
    if (stages.success) return checkEngineRule(rule, { severity: stages.data }, fieldPath, problem);
    for (const issue2 of explainIssues(stageSeveritySchema, stages.error.issues, entry)) problem([...fieldPath, ...issue2.path], issue2.message, issue2.part);
    return void 0;
  }
  const { severity, ...optionValues } = entry;
  const patch = {};
  if (severity !== void 0) patch.severity = isSeverity(severity) ? everyStageOf(severity) : severity;
  if (Object.keys(optionValues).length > 0) {
    const schema2 = rule.meta.options.partial();
    const result2 = schema2.safeParse(optionValues);
    if (!result2.success) {
      if (Object.keys(rule.meta.options.shape).length === 0) {
        problem([...fieldPath, Object.keys(optionValues)[0]], `\`${id}\` has no options: write only a severity`, "key");
        return void 0;
      }
      for (const issue2 of explainIssues(schema2, result2.error.issues, optionValues)) {
        problem([...fieldPath, ...issue2.path], `${issue2.message} (options of \`${id}\`: ${Object.keys(rule.meta.options.shape).join(", ")})`, issue2.part);
      }
      return void 0;
    }
    const parsed = result2.data;
    patch.options = Object.fromEntries(Object.keys(optionValues).map((key) => [key, parsed[key]]));
  }
  return checkEngineRule(rule, patch, fieldPath, problem);
}
function checkEngineRule(rule, patch, fieldPath, problem) {
  if (UNWAIVABLE.has(rule.meta.id) && Object.values(patch.severity ?? {}).some((severity) => severity !== "error")) {
    problem(fieldPath, "`manifest-invalid` is always an error: it cannot be lowered or turned off");
    return void 0;
  }
  return patch;
}
function everyStageOf(severity) {
  return Object.fromEntries(STAGES.map((stage) => [stage, severity]));
}
function weakens(current, patch) {
  const lowers = Object.entries(patch.severity ?? {}).some(
    ([stage, severity]) => severityRank(severity) < severityRank(current.severity[stage])
  );
  const changesOptions = Object.entries(patch.options ?? {}).some(
    ([key, value]) => JSON.stringify(value) !== JSON.stringify(current.options[key])
  );
  return lowers || changesOptions;
}
function enabledRuleIds(policy) {
  const on = (severity) => Object.values(severity ?? {}).some((value) => value !== "off");
  return RULE_IDS.filter((id) => on(policy.rules.get(id)?.severity) || policy.overrides.some((override) => on(override.rules.get(id)?.severity)));
}
function applyPatch(current, patch) {
  return {
    severity: { ...current.severity, ...patch.severity },
    options: patch.options ? { ...current.options, ...patch.options } : current.options
  };
}
function recordOrigin(origin, patch, source) {
  for (const stage of Object.keys(patch.severity ?? {})) origin.severity[stage] = source;
  for (const key of Object.keys(patch.options ?? {})) origin.options[key] = source;
}

// src/report/common.ts
var SEVERITY_ORDER = ["error", "warning", "notice"];
var FACT_RULES = /* @__PURE__ */ new Map([
  ["key-owner-missing", "key owner"],
  ["billing-trigger-missing", "billing trigger"],
  ["checked-date-missing", "checked date"]
]);
function isOpen(finding2) {
  return finding2.status === "open";
}
function bySeverity(findings) {
  return SEVERITY_ORDER.flatMap((severity) => findings.filter((finding2) => finding2.severity === severity));
}
function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
function tally(report) {
  const { summary } = report;
  return `${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}, ${plural(summary.notices, "notice")}, ${summary.waived} waived in ${plural(summary.routes, "route")} (${plural(report.manifests.length, "manifest")})`;
}
function place(file, line) {
  return `${file}:${line}`;
}
function routeKey(file, route) {
  return `${file}\0${route ?? ""}`;
}
function missingFacts(report) {
  const lines = new Map(report.routes.map((route) => [routeKey(route.file, route.id), route.line]));
  const rows = /* @__PURE__ */ new Map();
  for (const finding2 of report.findings) {
    if (!isOpen(finding2) || finding2.route === null || !FACT_RULES.has(finding2.rule)) continue;
    const key = routeKey(finding2.file, finding2.route);
    let row2 = rows.get(key);
    if (!row2) {
      row2 = { route: finding2.route, file: finding2.file, line: lines.get(key) ?? finding2.line, missing: [], findings: [] };
      rows.set(key, row2);
    }
    row2.findings.push(finding2);
  }
  const order = [...FACT_RULES.keys()];
  for (const row2 of rows.values()) {
    const rules = new Set(row2.findings.map((finding2) => finding2.rule));
    row2.missing = order.filter((rule) => rules.has(rule)).map((rule) => FACT_RULES.get(rule));
  }
  return [...rows.values()].sort((a, b) => compareText(a.file, b.file) || a.line - b.line || compareText(a.route, b.route));
}

// src/report/escape.ts
var ANSI_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u009b[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[ -/]*[0-~]/g;
var CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var REPLACEMENT = "\uFFFD";
function clean(text2, breaks) {
  let result2 = text2.replace(ANSI_SEQUENCE, "").replace(CONTROL, REPLACEMENT).replace(/\t/g, " ");
  if (breaks === "keep") result2 = result2.replace(/\r\n?/g, "\n");
  else if (breaks === "fold") result2 = result2.replace(/\s*(?:\r\n?|\n)\s*/g, " ");
  return redactSecrets(result2);
}
function clip(text2, max) {
  if (text2.length <= max) return text2;
  let end = Math.max(0, max - 1);
  if (/[\uD800-\uDBFF]/.test(text2.charAt(end - 1))) end -= 1;
  return `${text2.slice(0, end)}\u2026`;
}
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
var ZWJ = "\u200D";
function escapeMarkdownChar(char) {
  const entity = HTML_ENTITIES[char];
  if (entity) return entity;
  if (char === "@" || char === "#") return char + ZWJ;
  return `\\${char}`;
}
var MARKDOWN_SPECIAL = /[\\`*_[\]()!|~$&<>@#]/g;
function markdownText(text2, options5 = {}) {
  return escapeMarkdown(clipped(clean(text2, "fold"), options5));
}
function markdownMessage(text2, options5 = {}) {
  return clipped(clean(text2, "fold"), options5).split(/`([^`]*)`/).map((part, index) => index % 2 === 1 ? `<code>${escapeMarkdown(part)}</code>` : escapeMarkdown(part)).join("");
}
function markdownCode(text2, options5 = {}) {
  return `<code>${markdownText(text2, options5)}</code>`;
}
function markdownUrl(url) {
  if (!/^https?:\/\/[^\s/]/i.test(url)) return void 0;
  return redactSecrets(url).replace(
    /[^A-Za-z0-9\-._~:/?#@!$&*+,;=%]/g,
    (char) => Array.from(new TextEncoder().encode(char), (byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`).join("")
  );
}
function escapeMarkdown(text2) {
  return text2.replace(MARKDOWN_SPECIAL, escapeMarkdownChar);
}
function clipped(text2, options5) {
  return options5.maxChars === void 0 ? text2 : clip(text2, options5.maxChars);
}
var COMMAND_AT_LINE_START = /(^|\n)([^\S\n]*):(?=:)/g;
function terminalText(text2, options5 = {}) {
  return clean(text2, options5.multiline ? "keep" : "fold").replace(COMMAND_AT_LINE_START, "$1$2:\u200B");
}
function sanitizeTerminal(text2) {
  return terminalText(text2, { multiline: true });
}
function commandData(text2) {
  return clean(text2, "raw").replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function commandProperty(text2) {
  return commandData(text2).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function plainText(text2) {
  return clean(text2, "keep");
}
function sarifText(text2) {
  return plainText(text2).replace(/[\\[\]]/g, (char) => `\\${char}`);
}

// src/report/format-github.ts
var ANNOTATIONS_PER_SEVERITY = 10;
function formatGithub(report, options5 = {}) {
  const limit = options5.limit ?? ANNOTATIONS_PER_SEVERITY;
  const open2 = report.findings.filter(isOpen);
  const groups = SEVERITY_ORDER.map((severity) => ({ severity, findings: open2.filter((finding2) => finding2.severity === severity) }));
  const overflows = groups.some(({ severity, findings }) => findings.length > limit - (severity === "notice" ? 1 : 0));
  const lines = [];
  const hidden = [];
  for (const { severity, findings } of groups) {
    const room = severity === "notice" && overflows ? limit - 1 : limit;
    const shown = findings.slice(0, Math.max(0, room));
    for (const finding2 of shown) lines.push(annotation(finding2));
    const rest = findings.length - shown.length;
    if (rest > 0) hidden.push(plural(rest, `more ${severity}`, `more ${severity}s`));
  }
  if (hidden.length > 0) {
    lines.push(command("notice", { title: "image-route-policy" }, `${hidden.join(", ")} not annotated (GitHub shows ${limit} per level): see the job summary or run image-route-policy check`));
  }
  return lines.length > 0 ? `${lines.join("\n")}
` : "";
}
function annotation(finding2) {
  const title = finding2.route === null ? finding2.rule : `${finding2.rule} (${finding2.route})`;
  return command(
    finding2.severity,
    { file: finding2.file, line: String(finding2.line), col: String(finding2.column), title },
    `${finding2.message} (${finding2.docs})`
  );
}
function command(severity, properties, message) {
  const props = Object.entries(properties).map(([name, value]) => `${name}=${commandProperty(value)}`).join(",");
  return `::${severity} ${props}::${commandData(message)}`;
}

// src/report/canonical.ts
var CANONICAL = /* @__PURE__ */ Symbol("image-route-policy.canonical-report");
function markCanonical(report) {
  Object.defineProperty(report, CANONICAL, { value: true, enumerable: false });
  return report;
}
function isCanonical(report) {
  return report[CANONICAL] === true;
}

// src/report/schema.ts
var date2 = string2().regex(/^\d{4}-\d{2}-\d{2}$/);
var findingSchema = strictObject({
  rule: string2(),
  severity: _enum(["error", "warning", "notice"]),
  status: _enum(["open", "waived"]),
  route: string2().nullable(),
  file: string2(),
  line: int().min(1),
  column: int().min(1),
  field: string2().nullable(),
  message: string2(),
  docs: string2(),
  waiver: strictObject({ reason: string2(), owner: string2(), expires: date2 }).optional()
});
var routeSummarySchema = strictObject({
  id: string2(),
  file: string2(),
  line: int().min(1),
  kind: _enum(ROUTE_KINDS),
  stage: _enum(STAGES),
  keyOwner: string2().nullable(),
  checked: date2.nullable(),
  staleOn: date2.nullable(),
  trialEnds: date2.nullable()
});
var callSiteSchema = strictObject({
  file: string2(),
  line: int().min(1),
  column: int().min(1),
  language: _enum(SOURCE_LANGUAGES),
  provider: string2(),
  api: string2(),
  model: string2().nullable(),
  endpoint: string2().nullable(),
  keyEnv: string2().nullable(),
  route: string2().nullable(),
  tiedBy: _enum(["comment", "code", "model", "provider"]).nullable()
});
var reportSchema = strictObject({
  schemaVersion: literal2(1),
  tool: strictObject({ name: literal2("image-route-policy"), version: string2() }),
  today: date2,
  failOn: _enum(FAIL_ON),
  passed: boolean2(),
  policy: strictObject({
    sources: array(string2()),
    /** Set when a pull request changed the policy and the base branch's version judged it. */
    note: string2().optional()
  }),
  manifests: array(strictObject({ file: string2(), routes: int().min(0) })),
  routes: array(routeSummarySchema),
  findings: array(findingSchema),
  /** Image-API call sites found in the source (code.md); absent when the scan did not run. */
  callSites: array(callSiteSchema).optional(),
  summary: strictObject({
    routes: int().min(0),
    errors: int().min(0),
    warnings: int().min(0),
    notices: int().min(0),
    waived: int().min(0),
    callSites: int().min(0).optional()
  })
}).meta({ title: "image-route-policy report", description: "Result of one evaluation (schemaVersion 1)." });
function reportJsonSchema() {
  return toJSONSchema(reportSchema, { target: "draft-2020-12" });
}

// src/report/format-json.ts
var RAW_UNSAFE = /[\u007f-\u009f\u061c\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function escapeRawUnsafe(text2) {
  return text2.replace(RAW_UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function formatJson(report) {
  const text2 = isCanonical(report) ? redactSecrets(JSON.stringify(report, null, 2)) : JSON.stringify(writerFor(reportSchema)(report), null, 2);
  return `${escapeRawUnsafe(text2)}
`;
}
function formatJsonValue(value) {
  const text2 = JSON.stringify(value, (_key, item) => typeof item === "string" ? redactSecrets(item) : item, 2);
  return `${escapeRawUnsafe(text2)}
`;
}
var WRITERS = /* @__PURE__ */ new WeakMap();
function writerFor(schema2) {
  let writer = WRITERS.get(schema2);
  if (!writer) {
    writer = compile3(schema2);
    WRITERS.set(schema2, writer);
  }
  return writer;
}
function compile3(schema2) {
  if (schema2 instanceof ZodOptional || schema2 instanceof ZodNullable) return writerFor(schema2.unwrap());
  if (schema2 instanceof ZodArray) {
    const element = writerFor(schema2.element);
    return (value) => Array.isArray(value) ? value.map(element) : generic(value);
  }
  if (schema2 instanceof ZodObject) {
    const fields = Object.entries(schema2.shape).map(([key, child]) => [key, writerFor(child)]);
    return (value) => {
      if (value === null || typeof value !== "object" || Array.isArray(value)) return generic(value);
      const record2 = value;
      const result2 = {};
      let matched = 0;
      for (const [key, write] of fields) {
        if (!Object.hasOwn(record2, key)) continue;
        matched++;
        if (record2[key] !== void 0) result2[key] = write(record2[key]);
      }
      if (matched === Object.keys(record2).length) return result2;
      const extra = Object.keys(record2).filter((key) => !fields.some(([known]) => known === key));
      return appendSorted(result2, record2, extra);
    };
  }
  return generic;
}
function generic(value) {
  if (typeof value === "string") return redactSecrets(value);
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(generic);
  const record2 = value;
  return appendSorted({}, record2, Object.keys(record2));
}
function appendSorted(result2, record2, keys) {
  for (const key of keys.sort()) {
    if (record2[key] === void 0) continue;
    Object.defineProperty(result2, key, { value: generic(record2[key]), enumerable: true, writable: true, configurable: true });
  }
  return result2;
}

// src/version.ts
var TOOL_NAME = "image-route-policy";
var TOOL_VERSION = "1.0.0";
var DOCS_BASE = "https://github.com/image-route-policy/image-route-policy/blob/v1/docs/rules";
function ruleDocsUrl(rule) {
  return `${DOCS_BASE}/${encodeURIComponent(rule)}.md`;
}
var ISSUES_URL = "https://github.com/image-route-policy/image-route-policy/issues";

// src/report/format-markdown.ts
var COMMENT_MARKER = "<!-- image-route-policy:report -->";
var MAX_COMMENT_LENGTH = 65536;
var CELL_CHARS = 1e3;
var SEVERITY_ICON = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
function cell(text2) {
  return markdownText(text2, { maxChars: CELL_CHARS });
}
function codeCell(text2) {
  return markdownCode(text2, { maxChars: CELL_CHARS });
}
function messageCell(text2) {
  return markdownMessage(text2, { maxChars: CELL_CHARS });
}
function severityCell(severity) {
  return `${SEVERITY_ICON[severity]} ${severity}`;
}
function ruleCell(finding2) {
  const url = markdownUrl(finding2.docs) ?? markdownUrl(ruleDocsUrl(finding2.rule));
  return `[${cell(finding2.rule)}](${url})`;
}
function routeCell(route) {
  return route === null ? "\u2014" : codeCell(route);
}
function placeCell(file, line, fileUrl) {
  const text2 = cell(place(file, line));
  const url = fileUrl && fileUrl(file, line);
  const safe = url === void 0 ? void 0 : markdownUrl(url);
  return safe ? `[${text2}](${safe})` : text2;
}
function waiverCells(finding2) {
  const waiver = finding2.waiver;
  return waiver ? [cell(waiver.owner), cell(waiver.reason), cell(waiver.expires)] : ["\u2014", "\u2014", "\u2014"];
}
function row(cells) {
  return `| ${cells.join(" | ")} |
`;
}
function table(headers) {
  return `${row(headers)}${row(headers.map(() => "---"))}`;
}
function fitLayout(layout, max, measure) {
  const all = layout.sections.map((section) => section.rows.length);
  const whole = render(layout, all, 0);
  if (measure(whole) <= max) return whole;
  const total = layout.sections.reduce((sum, section) => sum + section.rows.reduce((rows, item) => rows + item.count, 0), 0);
  let budget = max - measure(layout.top) - measure(layout.bottom) - measure(layout.more(total));
  const kept = layout.sections.map(() => 0);
  let dropped = 0;
  let full = false;
  layout.sections.forEach((section, index) => {
    for (const item of section.rows) {
      const count = kept[index];
      const cost = measure(item.text) + (count === 0 ? measure(section.head) + measure(section.foot ?? "") : 0);
      if (!full && cost <= budget) {
        budget -= cost;
        kept[index] = count + 1;
      } else {
        full = true;
        dropped += item.count;
      }
    }
  });
  return render(layout, kept, dropped);
}
function render(layout, kept, dropped) {
  let text2 = layout.top;
  layout.sections.forEach((section, index) => {
    const count = kept[index] ?? 0;
    if (count === 0) return;
    text2 += section.head + section.rows.slice(0, count).map((item) => item.text).join("") + (section.foot ?? "");
  });
  if (dropped > 0) text2 += layout.more(dropped);
  return text2 + layout.bottom;
}
function heading(report) {
  const open2 = report.findings.filter(isOpen).length;
  const title = !report.passed ? "\u274C Image route policy: failed" : open2 > 0 ? "\u2705 Image route policy: passed, with findings" : report.summary.routes > 0 ? "\u2705 Image route policy: all routes pass" : "\u2705 Image route policy: no routes to check";
  return `## ${title}

**${tally(report)}** \xB7 fails on ${codeCell(report.failOn)} \xB7 today ${cell(report.today)}

`;
}
function policyLines(report) {
  const sources = report.policy.sources.map((source) => codeCell(source)).join(", ") || "\u2014";
  const note = report.policy.note ? `
> [!NOTE]
> ${cell(report.policy.note)}
` : "";
  return `<sub>Policy: ${sources}</sub>
${note}`;
}
function findingCells(finding2, fileUrl) {
  return [severityCell(finding2.severity), ruleCell(finding2), routeCell(finding2.route), placeCell(finding2.file, finding2.line, fileUrl), messageCell(finding2.message)];
}
var FINDING_HEADERS = ["Severity", "Rule", "Route", "File", "Message"];
function formatMarkdown(report, options5 = {}) {
  const { fileUrl } = options5;
  const facts = missingFacts(report);
  const others = bySeverity(report.findings.filter((finding2) => isOpen(finding2) && !(finding2.route !== null && FACT_RULES.has(finding2.rule))));
  const waived = report.findings.filter((finding2) => !isOpen(finding2));
  const sections = [
    {
      head: `### Routes missing an owner, a billing trigger or a checked date

${table(["Route", "File", "Missing"])}`,
      rows: facts.map((fact) => ({
        text: row([codeCell(fact.route), placeCell(fact.file, fact.line, fileUrl), fact.missing.join(", ")]),
        count: fact.findings.length
      })),
      foot: "\n"
    },
    {
      head: `### ${facts.length > 0 ? "Other findings" : "Findings"}

${table(FINDING_HEADERS)}`,
      rows: others.map((finding2) => ({ text: row(findingCells(finding2, fileUrl)), count: 1 })),
      foot: "\n"
    },
    {
      head: `<details>
<summary>${plural(waived.length, "waived finding")}</summary>

${table([...FINDING_HEADERS, "Waived by", "Reason", "Expires"])}`,
      rows: waived.map((finding2) => ({ text: row([...findingCells(finding2, fileUrl), ...waiverCells(finding2)]), count: 1 })),
      foot: "\n</details>\n\n"
    }
  ];
  return fitLayout(
    {
      top: `${COMMENT_MARKER}
${heading(report)}`,
      sections,
      bottom: policyLines(report),
      more: (count) => `_${plural(count, "more finding", "more findings")}: see the job summary._

`
    },
    options5.maxLength ?? MAX_COMMENT_LENGTH,
    (text2) => text2.length
  );
}

// src/report/format-sarif.ts
import { createHash } from "node:crypto";
var SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var FINGERPRINT_KEY = "imageRoutePolicy/v1";
var LEVEL = { error: "error", warning: "warning", notice: "note", off: "none" };
function formatSarif(report, options5 = {}) {
  const ids = describedRules(options5.rules ?? RULES.map((rule) => rule.meta.id), report.findings);
  const index = new Map(ids.map((id, position2) => [id, position2]));
  const fingerprints = fingerprinter();
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: plainText(report.tool.version),
            semanticVersion: plainText(report.tool.version),
            informationUri: ISSUES_URL.replace(/\/issues$/, ""),
            rules: ids.map(describe2)
          }
        },
        columnKind: "utf16CodeUnits",
        results: report.findings.map((finding2) => result(finding2, index.get(finding2.rule), fingerprints(finding2)))
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function describedRules(enabled, findings) {
  const wanted = /* @__PURE__ */ new Set([...enabled, ...findings.map((finding2) => finding2.rule)]);
  const known = RULES.map((rule) => rule.meta.id).filter((id) => wanted.has(id));
  const catalog = new Set(known);
  return [...known, ...[...wanted].filter((id) => !catalog.has(id)).sort()];
}
function describe2(id) {
  const rule = ruleById(id);
  const helpUri = ruleDocsUrl(plainText(id));
  if (!rule) return { id: plainText(id), helpUri };
  const { description, rationale, defaults: defaults2, group: group2 } = rule.meta;
  return {
    id,
    name: id.replace(/(?:^|-)([a-z0-9])/g, (_, char) => char.toUpperCase()),
    shortDescription: { text: description },
    fullDescription: { text: rationale },
    help: { text: `${description}

${rationale}

See ${helpUri}` },
    helpUri,
    // The production default: the stage where the rule matters most.
    defaultConfiguration: { level: LEVEL[defaults2.production] },
    properties: { tags: [TOOL_NAME, group2] }
  };
}
function result(finding2, ruleIndex, fingerprint) {
  const prefix2 = finding2.route === null ? "" : `${finding2.route}: `;
  const sarif = {
    ruleId: plainText(finding2.rule),
    ruleIndex,
    level: LEVEL[finding2.severity],
    message: { text: sarifText(prefix2 + finding2.message) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: fileUri(finding2.file), uriBaseId: "%SRCROOT%" },
          region: { startLine: finding2.line, startColumn: finding2.column }
        }
      }
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    properties: { route: finding2.route === null ? null : plainText(finding2.route), field: finding2.field === null ? null : plainText(finding2.field) }
  };
  if (!isOpen(finding2) && finding2.waiver) {
    const { reason, owner, expires } = finding2.waiver;
    sarif.suppressions = [{ kind: "external", status: "accepted", justification: plainText(`${reason} (waived by ${owner} until ${expires})`) }];
  }
  return sarif;
}
function fileUri(file) {
  return plainText(file).split("/").map(encodeURIComponent).join("/");
}
function fingerprinter() {
  const seen = /* @__PURE__ */ new Map();
  return (finding2) => {
    const parts = [finding2.rule, finding2.file, finding2.route, finding2.field];
    const key = JSON.stringify(parts);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    if (occurrence > 0) parts.push(occurrence);
    return createHash("sha256").update(JSON.stringify(parts)).digest("hex");
  };
}

// src/report/format-text.ts
var SGR = {
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
  red: [31, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  green: [32, 39]
};
var SEVERITY_STYLE = { error: "red", warning: "yellow", notice: "cyan" };
function painter(color) {
  if (!color) return (text2) => text2;
  return (text2, ...styles) => styles.reduce((inner, style) => `\x1B[${SGR[style][0]}m${inner}\x1B[${SGR[style][1]}m`, text2);
}
var INDENT = { route: "  ", finding: "    " };
function formatText(report, options5 = {}) {
  const paint = painter(options5.color ?? false);
  const positionWidth = widest(report.findings, position);
  const severityWidth = widest(report.findings, severityLabel);
  const lines = [];
  for (const [file, byRoute] of group(report.findings)) {
    lines.push(paint(terminalText(file), "bold", "underline"));
    for (const [route, findings] of byRoute) {
      lines.push(INDENT.route + (route === null ? paint("(manifest)", "dim") : paint(terminalText(route), "bold")));
      for (const finding2 of findings) {
        const label = severityLabel(finding2);
        const severity = paint(label, isOpen(finding2) ? SEVERITY_STYLE[finding2.severity] : "dim") + " ".repeat(severityWidth - label.length);
        const lead = `${INDENT.finding}${paint(position(finding2).padEnd(positionWidth), "dim")}  ${severity}  `;
        const message = terminalText(finding2.message, { multiline: true }).replace(/\n/g, `
${" ".repeat(INDENT.finding.length + positionWidth + severityWidth + 4)}`);
        lines.push(`${lead}${message}  ${paint(terminalText(finding2.rule), "dim")}`);
        if (finding2.waiver) {
          const { owner, expires, reason } = finding2.waiver;
          lines.push(
            `${" ".repeat(INDENT.finding.length + positionWidth + 2)}${paint(
              `\u21B3 ${finding2.severity} waived by ${terminalText(owner)} until ${terminalText(expires)}: ${terminalText(reason)}`,
              "dim"
            )}`
          );
        }
      }
    }
    lines.push("");
  }
  if (report.policy.note) lines.push(paint(`policy: ${terminalText(report.policy.note)}`, "yellow"), "");
  lines.push(summaryLine(report, paint));
  return `${lines.join("\n")}
`;
}
function summaryLine(report, paint) {
  const openCount = report.summary.errors + report.summary.warnings + report.summary.notices;
  if (!report.passed) return paint(`\u2716 ${tally(report)}`, "red", "bold");
  if (openCount > 0) return paint(`\u26A0 ${tally(report)}`, "yellow", "bold");
  return paint(`\u2714 ${tally(report)}`, "green", "bold");
}
function widest(findings, text2) {
  return findings.reduce((width, finding2) => Math.max(width, text2(finding2).length), 0);
}
function position(finding2) {
  return `${finding2.line}:${finding2.column}`;
}
function severityLabel(finding2) {
  return isOpen(finding2) ? finding2.severity : "waived";
}
function group(findings) {
  const files = /* @__PURE__ */ new Map();
  for (const finding2 of findings) {
    let routes = files.get(finding2.file);
    if (!routes) files.set(finding2.file, routes = /* @__PURE__ */ new Map());
    let list = routes.get(finding2.route);
    if (!list) routes.set(finding2.route, list = []);
    list.push(finding2);
  }
  return files;
}

// src/report/index.ts
var FORMATS = ["text", "json", "markdown", "sarif", "github"];
var FORMATTERS = {
  text: formatText,
  json: formatJson,
  markdown: formatMarkdown,
  sarif: formatSarif,
  github: formatGithub
};
function isFormat(value) {
  return FORMATS.includes(value);
}
function formatReport(report, format, options5 = {}) {
  return FORMATTERS[format](report, options5);
}

// src/engine/evaluate.ts
var ROUTE_RULES = RULES.filter((rule) => rule.checkRoute);
var STALE_RULE = ruleById("checked-date-stale");
var DOCUMENT_RULES = RULES.filter((rule) => rule.checkDocument);
function evaluate(manifests, scan2, policy, today, options5 = {}) {
  const ordered = [...manifests].sort((a, b) => compareText(a.file, b.file));
  const findings = [];
  const routes = [];
  const routeMap = collectRoutes(ordered, findings);
  const matchers = new OverrideMatcher(policy.overrides);
  const declared = /* @__PURE__ */ new Map();
  for (const manifest of ordered) {
    for (const problem of manifest.problems) findings.push(manifestInvalid2(manifest, problem));
    for (const loaded of manifest.routes) {
      const { route } = loaded;
      const routeNode = manifest.document?.nodeAt(["routes", loaded.index]) ?? -1;
      const idAt = routePosition(manifest, routeNode);
      if (!declared.has(route.id)) declared.set(route.id, { manifest, routeNode, idAt, file: manifest.file });
      routes.push(summarizeRoute(manifest.file, idAt, route, matchers.setting(policy, STALE_RULE, route, manifest.file).options));
      const context = {
        route,
        productionLike: PRODUCTION_LIKE.has(route.stage),
        options: {},
        today,
        catalog: policy.catalog,
        providers: policy.providers,
        routes: routeMap
      };
      const active = matchers.activeRules(policy, route, manifest.file);
      for (let ruleIndex = 0; ruleIndex < active.length; ruleIndex++) {
        const { rule, setting, check } = active[ruleIndex];
        const configured = setting.severity[route.stage];
        context.options = setting.options;
        const violations = check(context);
        for (let violationIndex = 0; violationIndex < violations.length; violationIndex++) {
          const violation = violations[violationIndex];
          const severity = violation.severity && configured === rule.meta.defaults[route.stage] ? violation.severity : configured;
          const inherited = typeof violation.field[0] === "string" && loaded.inherited.has(violation.field[0]);
          const position2 = (routeNode >= 0 ? manifest.document?.locate(violation.field, "value", routeNode) : void 0) ?? idAt;
          findings.push(
            finding(rule.meta.id, severity, manifest.file, position2, {
              route: route.id,
              field: formatFieldPath(violation.field),
              message: inherited ? `${violation.message} (inherited from \`defaults\`)` : violation.message
            })
          );
        }
      }
    }
    if (manifest.data !== void 0) findings.push(...documentFindings(manifest, policy, matchers));
  }
  const callSites = scan2 && policy.scan.enabled ? codeFindings(scan2, routeMap, declared, policy, matchers, findings) : null;
  findings.push(...catalogFindings(policy, today));
  const waived = applyWaivers(findings, policy, today);
  findings.push(...waived);
  findings.sort(compareFindings);
  routes.sort((a, b) => compareText(a.file, b.file) || a.line - b.line || compareText(a.id, b.id));
  const open2 = findings.filter((item) => item.status === "open");
  const count = (severity) => open2.filter((item) => item.severity === severity).length;
  const report = {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    today,
    failOn: policy.failOn,
    passed: !open2.some((item) => fails(item.severity, policy.failOn)),
    // File names, policy sources and the note are user text too: every string of the report is
    // redacted here, so no format (nor the JSON fast path, which redacts its whole text) can miss one.
    policy: options5.policyNote ? { sources: policy.sources.map(redactSecrets), note: redactSecrets(options5.policyNote) } : { sources: policy.sources.map(redactSecrets) },
    manifests: ordered.map((manifest) => ({ file: redactSecrets(manifest.file), routes: manifest.routes.length })),
    routes,
    findings,
    ...callSites ? { callSites } : {},
    summary: {
      routes: routes.length,
      errors: count("error"),
      warnings: count("warning"),
      notices: count("notice"),
      waived: findings.length - open2.length,
      ...callSites ? { callSites: callSites.length } : {}
    }
  };
  return markCanonical(policy.secrets === builtinSecrets() ? report : redactStrings(report, policy.secrets));
}
function redactStrings(value, secrets) {
  if (typeof value === "string") return secrets.redact(value);
  if (Array.isArray(value)) return value.map((item) => redactStrings(item, secrets));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactStrings(item, secrets)]));
  }
  return value;
}
function collectRoutes(manifests, findings) {
  const routes = /* @__PURE__ */ new Map();
  const first = /* @__PURE__ */ new Map();
  const idAt = (manifest, loaded) => manifest.document?.locate(["routes", loaded.index, "id"]) ?? { line: 1, column: 1 };
  for (const manifest of manifests) {
    for (const loaded of manifest.routes) {
      const earlier = first.get(loaded.route.id);
      if (!earlier) {
        first.set(loaded.route.id, { manifest, loaded });
        routes.set(loaded.route.id, loaded.route);
        continue;
      }
      findings.push(
        finding("manifest-invalid", "error", manifest.file, idAt(manifest, loaded), {
          route: loaded.route.id,
          field: "id",
          message: `route id \`${loaded.route.id}\` is already declared at ${earlier.manifest.file}:${idAt(earlier.manifest, earlier.loaded).line}; ids must be unique across the repository`
        })
      );
    }
  }
  return routes;
}
function routePosition(manifest, routeNode) {
  const document = manifest.document;
  if (!document || routeNode < 0) return { line: 1, column: 1 };
  return document.locate(ID, "key", routeNode) ?? document.locate([], "value", routeNode) ?? { line: 1, column: 1 };
}
var ID = ["id"];
function summarizeRoute(file, at, route, staleOptions) {
  return {
    id: route.id,
    file: safeFile(file),
    line: at.line,
    kind: route.kind,
    stage: route.stage,
    keyOwner: route.keyOwner === void 0 ? null : redactSecrets(route.keyOwner),
    checked: route.checked ?? null,
    staleOn: staleOn(route, staleOptions) ?? null,
    trialEnds: route.billing?.trialEnds ?? null
  };
}
function manifestInvalid2(manifest, problem) {
  const { path: path6 } = problem;
  const inRoute = path6[0] === "routes" && typeof path6[1] === "number";
  const rawRoute = inRoute ? manifest.data.routes[path6[1]] : void 0;
  const rawId = rawRoute?.id;
  return finding("manifest-invalid", "error", manifest.file, locateProblem(manifest, problem), {
    route: typeof rawId === "string" ? rawId : null,
    field: path6.length === 0 ? null : formatFieldPath(inRoute ? path6.slice(2) : path6) || null,
    message: problem.message
  });
}
function locateProblem(manifest, problem) {
  if (problem.position) return problem.position;
  const document = manifest.document;
  if (!document) return { line: 1, column: 1 };
  const exact = document.locate(problem.path, problem.part);
  if (exact) return exact;
  for (let length = problem.path.length - 1; length > 0; length--) {
    const prefix2 = problem.path.slice(0, length);
    if (length === 2 && prefix2[0] === "routes") {
      const id = document.locate([...prefix2, "id"], "key");
      if (id) return id;
    }
    const parent = document.locate(prefix2);
    if (parent) return parent;
  }
  return { line: 1, column: 1 };
}
function documentFindings(manifest, policy, matchers) {
  const found = [];
  const rawRoutes = manifest.data?.routes;
  for (const rule of DOCUMENT_RULES) {
    for (const violation of rule.checkDocument({ data: manifest.data, mayHoldSecrets: manifest.mayHoldSecrets || policy.secrets !== builtinSecrets(), secrets: policy.secrets, options: (policy.rules.get(rule.meta.id) ?? defaultSetting(rule)).options })) {
      const inRoute = violation.path[0] === "routes" && typeof violation.path[1] === "number" && Array.isArray(rawRoutes);
      const loaded = inRoute ? manifest.routes.find((item) => item.index === violation.path[1]) : void 0;
      const stage = loaded?.route.stage ?? "production";
      const setting = loaded ? matchers.setting(policy, rule, loaded.route, manifest.file) : policy.rules.get(rule.meta.id);
      const severity = setting?.severity[stage] ?? rule.meta.defaults[stage];
      if (severity === "off") continue;
      const rawId = inRoute ? rawRoutes[violation.path[1]]?.id : void 0;
      const position2 = manifest.document?.locate(violation.path) ?? { line: 1, column: 1 };
      found.push(
        finding(rule.meta.id, severity, manifest.file, position2, {
          route: typeof rawId === "string" ? rawId : null,
          field: formatFieldPath(inRoute ? violation.path.slice(2) : violation.path) || null,
          message: violation.message
        })
      );
    }
  }
  return found;
}
var CODE_RULES = RULES.filter((rule) => rule.checkCode);
function codeFindings(scan2, routeMap, declared, policy, matchers, findings) {
  const tier = new RouteTier(routeMap, policy.catalog, policy.providers);
  const tied = [...scan2.callSites].sort((a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.api, b.api)).map((site) => tier.tie(site, routeMap));
  const declaredAt = new Map([...declared].map(([id, where]) => [id, { file: where.file, line: where.idAt.line }]));
  for (const rule of CODE_RULES) {
    const base = policy.rules.get(rule.meta.id) ?? defaultSetting(rule);
    const violations = rule.checkCode({ callSites: tied, routes: routeMap, declaredAt, catalog: policy.catalog, providers: policy.providers, options: base.options, wholeTree: scan2.wholeTree });
    for (const violation of violations) {
      if (violation.callSite) {
        const site = violation.callSite;
        const route2 = site.route === null ? void 0 : routeMap.get(site.route);
        const setting2 = matchers.setting(policy, rule, route2, site.file);
        const severity2 = setting2.severity[route2?.stage ?? "production"];
        if (severity2 === "off") continue;
        findings.push(finding(rule.meta.id, severity2, site.file, site, { route: site.route, field: null, message: violation.message }));
        continue;
      }
      const where = declared.get(violation.route);
      const route = routeMap.get(violation.route);
      const setting = matchers.setting(policy, rule, route, where.file);
      const severity = setting.severity[route.stage];
      if (severity === "off") continue;
      const position2 = (where.routeNode >= 0 ? where.manifest.document?.locate(violation.field, "value", where.routeNode) : void 0) ?? where.idAt;
      findings.push(finding(rule.meta.id, severity, where.file, position2, { route: route.id, field: formatFieldPath(violation.field), message: violation.message }));
    }
  }
  return tied.map((site) => ({
    file: safeFile(site.file),
    line: site.line,
    column: site.column,
    language: site.language,
    provider: site.provider,
    api: redactSecrets(site.api),
    model: site.model === null ? null : redactSecrets(site.model),
    endpoint: site.endpoint === null ? null : redactSecrets(site.endpoint),
    keyEnv: site.keyEnv,
    route: site.route,
    tiedBy: site.tiedBy
  }));
}
function catalogFindings(policy, today) {
  const setting = policy.rules.get("catalog-stale");
  const severity = setting?.severity.production ?? "warning";
  if (severity === "off") return [];
  const maxAgeDays = setting?.options.maxAgeDays ?? 90;
  const found = [];
  for (const catalog of policy.catalogFiles) {
    const age = dayNumber(today) - dayNumber(catalog.checked);
    if (age <= maxAgeDays) continue;
    found.push(
      finding("catalog-stale", severity, catalog.file, catalog.at, {
        route: null,
        field: "checked",
        message: `the bundled catalog ${catalog.file} was last checked on ${catalog.checked}, ${age} days before ${today} (more than ${maxAgeDays}): its facts about models, retirements, providers and key formats may be out of date. Update image-route-policy, or correct the facts under the policy's \`models:\` and \`providers:\``
      })
    );
  }
  return found;
}
function finding(rule, severity, file, at, details) {
  return {
    rule,
    severity,
    status: "open",
    route: details.route === null ? null : redactSecrets(details.route),
    file: safeFile(file),
    line: at.line,
    column: at.column,
    field: details.field === null ? null : redactSecrets(details.field),
    message: redactSecrets(details.message),
    docs: docsUrl(rule)
  };
}
var safeFile = memoize(redactSecrets);
var docsUrl = memoize(ruleDocsUrl);
function applyWaivers(findings, policy, today) {
  const active = [];
  const extra = [];
  for (const waiver of policy.waivers) {
    if (waiver.expires < today) {
      const severity = policy.rules.get("waiver-expired")?.severity.production ?? "error";
      if (severity !== "off") {
        extra.push(
          finding("waiver-expired", severity, waiver.at.file, waiver.at, {
            route: waiver.route ?? null,
            field: null,
            message: `the waiver of \`${waiver.rule}\` for ${waiverScope(waiver)} (owner ${waiver.owner}) expired on ${waiver.expires}; its findings apply again: fix them, or renew the waiver with a new reason and date`
          })
        );
      }
      continue;
    }
    active.push({
      waiver,
      routes: waiver.route === void 0 ? void 0 : new Minimatch(waiver.route),
      files: waiver.files?.map((glob) => new Minimatch(glob, { dot: true })),
      used: false
    });
  }
  for (const item of findings) {
    if (item.rule === "manifest-invalid") continue;
    const match2 = active.find(
      ({ waiver, routes, files }) => waiver.rule === item.rule && (!routes || item.route !== null && routes.match(item.route)) && (!files || files.some((glob) => glob.match(item.file)))
    );
    if (!match2) continue;
    match2.used = true;
    item.status = "waived";
    item.waiver = { reason: redactSecrets(match2.waiver.reason), owner: redactSecrets(match2.waiver.owner), expires: match2.waiver.expires };
  }
  const unusedSeverity = policy.rules.get("waiver-unused")?.severity.production ?? "warning";
  if (unusedSeverity !== "off") {
    for (const { waiver, used } of active) {
      if (used) continue;
      extra.push(
        finding("waiver-unused", unusedSeverity, waiver.at.file, waiver.at, {
          route: waiver.route ?? null,
          field: null,
          message: `the waiver of \`${waiver.rule}\` for ${waiverScope(waiver)} matched no finding: remove it`
        })
      );
    }
  }
  return extra;
}
function waiverScope(waiver) {
  const files = waiver.files ? `the files ${waiver.files.map((glob) => `\`${glob}\``).join(", ")}` : "";
  if (waiver.route === void 0) return files;
  return files ? `\`${waiver.route}\` in ${files}` : `\`${waiver.route}\``;
}
function compareFindings(a, b) {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.rule, b.rule) || compareText(a.route ?? "", b.route ?? "") || compareText(a.field ?? "", b.field ?? "") || compareText(a.message, b.message);
}
var OverrideMatcher = class {
  compiled;
  constructor(overrides) {
    this.compiled = overrides.map((override) => ({
      override,
      routes: override.routes?.map((pattern) => new Minimatch(pattern)),
      files: override.files?.map((pattern) => new Minimatch(pattern, { dot: true }))
    }));
  }
  byStage = /* @__PURE__ */ new Map();
  /** The route rules that are on for this route, with their settings (cached per stage without overrides). */
  activeRules(policy, route, file) {
    const cached3 = this.compiled.length === 0 ? this.byStage.get(route.stage) : void 0;
    if (cached3) return cached3;
    const active = ROUTE_RULES.map((rule) => ({ rule, setting: this.setting(policy, rule, route, file), check: rule.checkRoute })).filter(
      ({ setting }) => setting.severity[route.stage] !== "off"
    );
    if (this.compiled.length === 0) this.byStage.set(route.stage, active);
    return active;
  }
  /** `route` is undefined for a call site tied to no route: only overrides scoped by `files` alone reach it. */
  setting(policy, rule, route, file) {
    const ruleId = rule.meta.id;
    let setting = policy.rules.get(ruleId) ?? defaultSetting(rule);
    for (const { override, routes, files } of this.compiled) {
      const patch = override.rules.get(ruleId);
      if (!patch) continue;
      if (routes && (!route || !routes.some((matcher) => matcher.match(route.id)))) continue;
      if (files && !files.some((matcher) => matcher.match(file))) continue;
      if (override.stages && (!route || !override.stages.includes(route.stage))) continue;
      setting = applyPatch(setting, patch);
    }
    return setting;
  }
};

// src/policy/load.ts
import fs2 from "node:fs";
import path3 from "node:path";

// src/policy/remote.ts
var REMOTE_PATTERN = /^([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100})\/([^@\s]+)@([^@\s]+)$/;
function parseRemoteReference(text2) {
  const match2 = REMOTE_PATTERN.exec(text2);
  if (!match2) return void 0;
  const [, owner, repo, filePath, ref] = match2;
  if (filePath.split("/").some((part) => part === ".." || part === "." || part === "")) return void 0;
  return { owner, repo, path: filePath, ref, text: text2 };
}
var DEFAULT_API_URL = "https://api.github.com";
var MAX_PRESET_BYTES = 1024 * 1024;
var ATTEMPTS = 3;
var fetched = /* @__PURE__ */ new Map();
function fetchRemotePreset(reference, options5, namedBy) {
  const key = `${options5.apiUrl ?? ""}\0${options5.token ?? ""}\0${reference.text}`;
  let pending = fetched.get(key);
  if (!pending) {
    pending = fetchOnce(reference, options5, namedBy);
    fetched.set(key, pending);
  }
  return pending;
}
async function fetchOnce(reference, options5, namedBy) {
  const base = (options5.apiUrl || DEFAULT_API_URL).replace(/\/+$/, "");
  const encodedPath = reference.path.split("/").map(encodeURIComponent).join("/");
  const url = `${base}/repos/${encodeURIComponent(reference.owner)}/${encodeURIComponent(reference.repo)}/contents/${encodedPath}?ref=${encodeURIComponent(reference.ref)}`;
  const fail = (reason) => {
    throw new ConfigError({ ...namedBy, file: namedBy?.file ?? reference.text, message: `preset ${reference.text}: ${reason}` });
  };
  const headers = {
    accept: "application/vnd.github.raw+json",
    "user-agent": "image-route-policy",
    "x-github-api-version": "2022-11-28"
  };
  if (options5.token) headers.authorization = `Bearer ${options5.token}`;
  let response;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      response = await fetch(url, { headers, signal: AbortSignal.timeout(15e3) });
    } catch (error2) {
      if (attempt === ATTEMPTS) fail(`could not reach the GitHub API at ${base} (${error2.message})`);
      await delay(attempt);
      continue;
    }
    if (response.status < 500 || attempt === ATTEMPTS) break;
    await delay(attempt);
  }
  if (!response) return fail("no answer from the GitHub API");
  const tokenHint = options5.token ? "" : " (no token was given: pass --token or set GITHUB_TOKEN)";
  switch (response.status) {
    case 200:
      break;
    case 404:
      fail(`not found: ${reference.path} does not exist at ref \`${reference.ref}\` of ${reference.owner}/${reference.repo}, or the repository is private and this token cannot see it${tokenHint}`);
      break;
    case 401:
      fail(`the token was rejected (401 Unauthorized)${tokenHint}`);
      break;
    case 403:
      fail(`no access with this token (403 Forbidden)${tokenHint}`);
      break;
    default:
      fail(`the GitHub API answered ${response.status} ${response.statusText}`);
  }
  const text2 = await response.text();
  if (text2.length > MAX_PRESET_BYTES) fail("the preset is larger than 1 MiB");
  if ((response.headers.get("content-type") ?? "").includes("json") && text2.trimStart().startsWith("{")) {
    let envelope = {};
    try {
      envelope = JSON.parse(text2);
    } catch {
      fail("the GitHub API sent a malformed answer");
    }
    if (envelope.type !== "file" || typeof envelope.content !== "string") fail(`${reference.path} is not a file`);
    return Buffer.from(envelope.content, envelope.encoding === "base64" ? "base64" : "utf8").toString("utf8");
  }
  return text2;
}
function delay(attempt) {
  return new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
}

// src/policy/load.ts
var DEFAULT_POLICY_PATH = ".github/image-route-policy.yml";
var MAX_POLICY_BYTES = 1024 * 1024;
async function loadPolicyChain(reference, options5) {
  const loader2 = { options: options5, layers: [], done: /* @__PURE__ */ new Set(), stack: [] };
  const origin = await topLevelOrigin(reference, options5);
  await loadLayer(origin, loader2, void 0);
  return loader2.layers;
}
function localPolicyPath(reference, options5) {
  if (reference === void 0 || reference === "") return DEFAULT_POLICY_PATH;
  if (isBuiltinPreset(reference) || parseRemoteReference(reference)) return void 0;
  const absolute = path3.resolve(options5.cwd ?? options5.root, reference);
  const repositoryPath = path3.relative(options5.root, absolute).split(path3.sep).join("/");
  return repositoryPath.startsWith("..") || path3.isAbsolute(repositoryPath) ? absolute : repositoryPath;
}
async function topLevelOrigin(reference, options5) {
  const repositoryPath = localPolicyPath(reference, options5);
  if (reference === void 0 || reference === "") {
    const own2 = await readRepositoryFile(DEFAULT_POLICY_PATH, options5);
    return own2 === void 0 ? { type: "builtin", name: "recommended" } : { type: "local", repositoryPath: DEFAULT_POLICY_PATH };
  }
  if (repositoryPath !== void 0) return { type: "local", repositoryPath };
  const remote = parseRemoteReference(reference);
  return remote ? { type: "remote", reference: remote } : { type: "builtin", name: reference };
}
function keyOf(origin) {
  switch (origin.type) {
    case "builtin":
      return `builtin:${origin.name}`;
    case "local":
      return `local:${origin.repositoryPath}`;
    case "remote":
      return `remote:${origin.reference.text}`;
  }
}
function nameOf(origin) {
  return origin.type === "builtin" ? origin.name : origin.type === "local" ? origin.repositoryPath : origin.reference.text;
}
async function loadLayer(origin, loader2, namedBy) {
  const key = keyOf(origin);
  if (loader2.stack.includes(key)) {
    const chain = [...loader2.stack.slice(loader2.stack.indexOf(key)), key].map((item) => item.replace(/^\w+:/, ""));
    throw new ConfigError({ ...namedBy, message: `presets extend each other in a cycle: ${chain.join(" \u2192 ")}` });
  }
  if (loader2.done.has(key)) return;
  loader2.stack.push(key);
  const { file, text: text2 } = await readOrigin(origin, loader2.options, namedBy);
  const layer = { ...parseLayer(nameOf(origin), file, text2), kind: origin.type };
  for (const [index, entry] of (layer.data.extends ?? []).entries()) {
    const at = layer.document.locate(["extends", index]);
    const problem = { file: layer.file, at, message: "" };
    await loadLayer(resolveExtends(entry, origin, problem), loader2, problem);
  }
  loader2.stack.pop();
  loader2.done.add(key);
  loader2.layers.push(layer);
}
function resolveExtends(entry, from, problem) {
  if (isBuiltinPreset(entry)) return { type: "builtin", name: entry };
  const remote = parseRemoteReference(entry);
  if (remote) return { type: "remote", reference: remote };
  const fail = (message) => {
    throw new ConfigError({ ...problem, message });
  };
  if (entry.startsWith("./") || entry.startsWith("../")) {
    if (from.type === "builtin") fail(`a built-in preset cannot extend a local file (${entry})`);
    if (from.type === "remote") {
      const target2 = path3.posix.normalize(path3.posix.join(path3.posix.dirname(from.reference.path), entry));
      if (target2.startsWith("..")) fail(`preset \`${entry}\` leaves the repository ${from.reference.owner}/${from.reference.repo}`);
      return { type: "remote", reference: { ...from.reference, path: target2, text: `${from.reference.owner}/${from.reference.repo}/${target2}@${from.reference.ref}` } };
    }
    const base = from.type === "local" ? path3.posix.dirname(from.repositoryPath) : ".";
    const target = path3.posix.normalize(path3.posix.join(base, entry));
    if (target.startsWith("..") || path3.posix.isAbsolute(target)) {
      fail(`local preset \`${entry}\` leaves the repository: presets must stay inside it`);
    }
    return { type: "local", repositoryPath: target };
  }
  if (path3.isAbsolute(entry)) fail(`preset \`${entry}\` is an absolute path: local presets start with ./ or ../ and stay inside the repository`);
  const guess = suggest(entry, BUILTIN_PRESETS);
  return fail(
    `unknown preset \`${entry}\`${guess ? `; did you mean \`${guess}\`?` : ""}: write a built-in preset (${BUILTIN_PRESETS.join(", ")}), a local file starting with ./ or ../, or OWNER/REPO/PATH@REF`
  );
}
async function readOrigin(origin, options5, namedBy) {
  switch (origin.type) {
    case "builtin":
      return readBuiltin(origin.name);
    case "remote":
      return { file: origin.reference.text, text: await fetchRemotePreset(origin.reference, options5, namedBy) };
    case "local": {
      const text2 = await readRepositoryFile(origin.repositoryPath, options5, namedBy);
      if (text2 === void 0) {
        throw new ConfigError({ ...namedBy ?? {}, message: `policy file \`${origin.repositoryPath}\` does not exist` });
      }
      return { file: origin.repositoryPath, text: text2 };
    }
  }
}
async function readRepositoryFile(repositoryPath, options5, namedBy) {
  if (options5.readRepositoryFile && !path3.isAbsolute(repositoryPath)) return options5.readRepositoryFile(repositoryPath);
  const absolute = path3.resolve(options5.root, repositoryPath);
  const fail = (message, where = namedBy ?? { file: repositoryPath, at: { line: 1, column: 1 } }) => {
    throw new ConfigError({ ...where, message });
  };
  let real;
  try {
    real = fs2.realpathSync(absolute);
  } catch (error2) {
    if (!existsAsLink(absolute)) return void 0;
    return fail(`policy \`${repositoryPath}\` ${describeFsError(error2)}`);
  }
  if (!path3.isAbsolute(repositoryPath) && !isInside2(fs2.realpathSync(options5.root), real)) {
    fail(`${namedBy ? "local preset" : "policy file"} \`${repositoryPath}\` is a link that leaves the repository`);
  }
  let read;
  try {
    read = readUtf8File(real, MAX_POLICY_BYTES);
  } catch (error2) {
    return fail(`policy \`${repositoryPath}\` ${describeFsError(error2)}`);
  }
  if ("size" in read) return fail("the policy file is larger than 1 MiB", { file: repositoryPath, at: { line: 1, column: 1 } });
  if ("text" in read) return read.text;
  const at = read.badByteAt;
  return fail(`the policy file is not valid UTF-8 (first bad byte on line ${at.line}): save it as UTF-8`, { file: repositoryPath, at });
}
function existsAsLink(absolute) {
  try {
    return fs2.lstatSync(absolute, { throwIfNoEntry: false }) !== void 0;
  } catch {
    return true;
  }
}
function isInside2(root, target) {
  const relative = path3.relative(root, target);
  return relative === "" || !relative.startsWith("..") && !path3.isAbsolute(relative);
}
function parseLayer(name, file, text2) {
  let document;
  try {
    document = parseStrictYaml(text2);
  } catch (error2) {
    if (error2 instanceof StrictYamlError) {
      const { line, column, message } = error2.problem;
      throw new ConfigError({ file, at: { line, column }, message });
    }
    throw error2;
  }
  if (document.value === void 0 || document.value === null) {
    throw new ConfigError({ file, at: { line: 1, column: 1 }, message: "the policy file is empty: write `version: 1` and what it changes" });
  }
  const parsed = policySchema.safeParse(document.value);
  if (!parsed.success) {
    const problems = explainIssues(policySchema, parsed.error.issues, document.value).map((problem) => ({
      file,
      at: document.locate(problem.path, problem.part) ?? closestPosition(document, problem.path),
      message: problem.message
    }));
    throw new ConfigError(problems);
  }
  return { name, file, document, data: parsed.data };
}
function closestPosition(document, fieldPath) {
  for (let length = fieldPath.length - 1; length >= 0; length--) {
    const at = document.locate(fieldPath.slice(0, length));
    if (at) return at;
  }
  return { line: 1, column: 1 };
}

// src/run.ts
async function loadPolicy(options5) {
  const root = options5.root ?? findRepositoryRoot(options5.cwd);
  const layers = await loadPolicyChain(options5.policy, { ...options5, root });
  const policy = resolvePolicy(layers, loadBuiltinCatalogs(), options5.today);
  return options5.failOn ? { ...policy, failOn: options5.failOn } : policy;
}
async function runCheck(options5) {
  const root = options5.root ?? findRepositoryRoot(options5.cwd);
  const policy = await loadPolicy({ ...options5, root });
  const manifests = loadManifests(root, discoverManifests(options5.cwd, options5.patterns));
  const report = evaluate(manifests, null, policy, options5.today, { policyNote: options5.policyNote });
  return { report, policy };
}

// src/cli/args.ts
import { parseArgs } from "node:util";
var COMMANDS = ["check", "stale", "init", "rules", "explain", "schema", "models"];
var SCHEMA_NAMES = ["manifest", "policy", "report", "models", "providers"];
var OPTIONS = {
  format: { type: "string", multiple: true, short: "f" },
  policy: { type: "string", short: "p" },
  today: { type: "string" },
  "fail-on": { type: "string" },
  token: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  "require-manifest": { type: "boolean" },
  within: { type: "string" },
  "retiring-within": { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
var ACCEPTS = {
  check: ["format", "policy", "today", "fail-on", "token", "quiet", "require-manifest"],
  stale: ["format", "policy", "today", "token", "quiet", "within"],
  init: [],
  rules: ["format"],
  explain: ["format", "policy", "today", "token"],
  schema: [],
  models: ["format", "policy", "today", "token", "retiring-within"]
};
function parseCommandLine(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error2) {
    throw new UsageError(error2.message.replace(/\. To specify a positional argument.*$/s, ""));
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  const base = { positionals: rest, outputs: [], quiet: false, requireManifest: false, withinDays: 14 };
  if (values.version) return { ...base, command: "version" };
  if (first === void 0) return { ...base, command: "help" };
  if (first === "help") return { ...base, command: "help", helpFor: rest[0] ? commandName(rest[0]) : void 0 };
  const command2 = commandName(first);
  if (values.help) return { ...base, command: "help", helpFor: command2 };
  for (const [option, value] of Object.entries(values)) {
    if (value !== void 0 && !ACCEPTS[command2].includes(option)) {
      throw new UsageError(`\`${command2}\` does not take --${option}`);
    }
  }
  return {
    ...base,
    command: command2,
    outputs: (values.format ?? []).map(parseOutput),
    policy: values.policy,
    today: values.today === void 0 ? void 0 : parseToday(values.today),
    failOn: values["fail-on"] === void 0 ? void 0 : parseFailOn(values["fail-on"]),
    token: values.token,
    quiet: values.quiet ?? false,
    requireManifest: values["require-manifest"] ?? false,
    withinDays: values.within === void 0 ? 14 : parseDays(values.within, "within"),
    retiringWithin: values["retiring-within"] === void 0 ? void 0 : parseDays(values["retiring-within"], "retiring-within")
  };
}
function commandName(word) {
  if (COMMANDS.includes(word)) return word;
  const guess = suggest(word, COMMANDS);
  throw new UsageError(`unknown command \`${word}\`${guess ? `; did you mean \`${guess}\`?` : ""}`);
}
function parseOutput(text2) {
  const [format, ...fileParts] = text2.split("=");
  if (!isFormat(format)) {
    const guess = suggest(format, FORMATS);
    throw new UsageError(`unknown format \`${format}\`${guess ? `; did you mean \`${guess}\`?` : ""} (formats: ${FORMATS.join(", ")})`);
  }
  const file = fileParts.join("=");
  if (text2.includes("=") && file === "") throw new UsageError(`--format ${format}= needs a file name after =`);
  return file ? { format, file } : { format };
}
function parseToday(text2) {
  if (!isCalendarDate(text2)) throw new UsageError(`--today must be a real date written YYYY-MM-DD, not \`${text2}\``);
  return text2;
}
function parseFailOn(text2) {
  if (!FAIL_ON.includes(text2)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")}, not \`${text2}\``);
  return text2;
}
function parseDays(text2, option) {
  if (!/^\d{1,4}$/.test(text2)) throw new UsageError(`--${option} must be a whole number of days, not \`${text2}\``);
  return Number(text2);
}

// src/cli/help.ts
var GENERAL = `image-route-policy \u2014 stop unsafe AI image-generation routes before production

Usage: image-route-policy <command> [options]

Commands:
  check [PATH|GLOB ...]   evaluate manifests (default: every image-routes.yml/.yaml here)
  stale [--within DAYS]   routes whose checked date is stale or goes stale within DAYS (14)
  init                    write a starter image-routes.yml and ${".github/image-route-policy.yml"}
  rules [ID]              the rule catalog, or one rule's explanation, defaults and options
  explain                 the resolved policy and where each value came from
  models [ID|PROVIDER]    the model catalog as of today: status, shutdown day, replacement, source
  schema manifest|policy|report|models|providers   print a JSON Schema

Options:
  -h, --help              help (also: image-route-policy help COMMAND)
  -v, --version           the version

Exit codes: 0 pass, 1 findings at or above failOn, 2 configuration or usage error, 3 internal error.
`;
var POLICY_OPTIONS = `  -p, --policy REF        policy file, built-in preset (minimal, recommended, strict) or
                          OWNER/REPO/PATH@REF (default: .github/image-route-policy.yml, else recommended)
      --today YYYY-MM-DD  evaluate as of this day (default: today, UTC)
      --token TOKEN       token for remote presets (default: $GITHUB_TOKEN; API: $GITHUB_API_URL)`;
var FORMAT_OPTION = `  -f, --format FORMAT[=FILE]  ${FORMATS.join("|")}; repeat to write several, FILE instead of stdout`;
var COMMAND_HELP = {
  check: `Usage: image-route-policy check [PATH|GLOB ...] [options]

Evaluates the manifests found under the given paths (folders are searched, skipping node_modules and
.git) or matching the globs, with the policy, and reports every finding.

${FORMAT_OPTION}
${POLICY_OPTIONS}
      --fail-on LEVEL     error|warning|never: the lowest severity that fails (default: the policy's failOn)
      --require-manifest  exit 1 when no manifest is found (default: exit 0 with a notice)
  -q, --quiet             show only open errors
`,
  stale: `Usage: image-route-policy stale [PATH|GLOB ...] [--within DAYS] [options]

Lists routes whose checked date is stale today or goes stale within DAYS (default 14), trials that end
in that window, and routes without a checked date, with the day each goes stale. Exits 0 unless the
configuration is invalid.

  -f, --format FORMAT[=FILE]  text|json
${POLICY_OPTIONS}
      --within DAYS       the look-ahead window (default 14)
`,
  init: `Usage: image-route-policy init

Writes a commented starter image-routes.yml and .github/image-route-policy.yml in the current folder.
Existing files are never overwritten.
`,
  rules: `Usage: image-route-policy rules [ID] [--format text|json]

Without ID, lists every rule with its default severity per stage
(production/internal/demo/exploration). With ID, explains the rule, its defaults and options.
`,
  explain: `Usage: image-route-policy explain [--policy REF] [--format text|json]

Prints the resolved policy: every rule's severity per stage and options, and which preset or file set
each value, then overrides and waivers.

${POLICY_OPTIONS}
`,
  schema: `Usage: image-route-policy schema manifest|policy|report|models|providers

Prints the JSON Schema of the manifest, the policy file, the JSON report, or the model and provider
catalogs (policies/models.yml, policies/providers.yml).
`,
  models: `Usage: image-route-policy models [ID|PROVIDER] [--retiring-within DAYS] [options]

Prints the model catalog as of --today, with the policy's \`models:\` and \`providers:\` corrections:
each model's status on that day, its shutdown day, the replacement its vendor advises, and its
source. ID may be a model id, snapshot or alias; PROVIDER any name of a provider.

  -f, --format FORMAT[=FILE]  text|json
${POLICY_OPTIONS}
      --retiring-within DAYS  only models whose shutdown day is from today to DAYS later
                              (what retires in the next 30 days: models --retiring-within 30)
`
};
function helpText(command2) {
  return command2 ? COMMAND_HELP[command2] : GENERAL;
}

// src/cli/commands.ts
import fs3 from "node:fs";
import path4 from "node:path";

// src/report/format-stale.ts
var REASONS = {
  "no-checked-date": "no valid checked date",
  stale: "stale",
  "goes-stale": "goes stale soon",
  "trial-ended": "trial ended",
  "trial-ends": "trial ends soon"
};
function formatNothingStale(today, withinDays) {
  return `No route is stale or goes stale within ${withinDays} days of ${today}.
`;
}
function staleReasonText(route) {
  return route.reasons.map((reason) => REASONS[reason]).join(", ");
}

// src/report/stale.ts
function staleRoutes(report, withinDays) {
  const horizon = addDays(report.today, withinDays);
  const listed = [];
  for (const route of report.routes) {
    const reasons = reasonsFor(route, report.today, horizon);
    if (reasons.length === 0) continue;
    listed.push({
      id: route.id,
      file: route.file,
      line: route.line,
      keyOwner: route.keyOwner,
      checked: route.checked,
      staleOn: route.staleOn,
      trialEnds: route.trialEnds,
      reasons
    });
  }
  return listed.sort((a, b) => compareText(a.staleOn ?? "", b.staleOn ?? "") || compareText(a.id, b.id));
}
function reasonsFor(route, today, horizon) {
  const reasons = [];
  if (!route.staleOn) reasons.push("no-checked-date");
  else if (route.staleOn <= today) reasons.push("stale");
  else if (route.staleOn <= horizon) reasons.push("goes-stale");
  if (route.trialEnds && route.trialEnds < today) reasons.push("trial-ended");
  else if (route.trialEnds && route.trialEnds <= horizon) reasons.push("trial-ends");
  return reasons;
}

// src/cli/templates.ts
var MANIFEST_TEMPLATE = `# yaml-language-server: $schema=https://raw.githubusercontent.com/image-route-policy/image-route-policy/v1/schemas/image-routes.schema.json
# Every image-generation route this project uses, with the facts the production stop rules ask for.
# Check it with: npx image-route-policy check      (rules: npx image-route-policy rules)
version: 1
defaults:
  # Fields set here apply to every route that does not set them.
  support: "@your-org/oncall"
routes:
  - id: main-images                    # lower-case letters, digits and dashes; unique in the repository
    kind: official-api                 # official-api | app-access | browser-playground | provider-trial
                                       # | provider-paid | user-pays | unknown-wrapper
    stage: production                  # production | internal | demo | exploration
    provider: openai
    model: gpt-image-2                 # the model id exactly as the route names it
    endpoint: https://api.openai.com/v1/images/generations
    keyOwner: "@your-org/platform"     # who owns the key or account
    secretRef: env:OPENAI_API_KEY      # where the key is kept: env:, secret:, vault: or none. Never the key.
    sharedKey: false
    billing:
      payer: our-account               # our-account | end-user | provider-credit | app-quota | unknown
      trigger: each successful generate or edit call, billed per token
      unit: token
      failureBilling: not-charged
    limits: "Tier 1: see the organisation's limits page"
    dataTerms: https://openai.com/policies/services-agreement/
    userData: true
    consent: not-required
    fallback: none                     # route:<id> of another route, or a plan in words
    tested:
      date: 2026-01-01                 # the last end-to-end test of one complete image path
      covers: [generate, errors, retries]
    checked: 2026-01-01                # the day these facts were last verified
`;
var POLICY_TEMPLATE = `# yaml-language-server: $schema=https://raw.githubusercontent.com/image-route-policy/image-route-policy/v1/schemas/image-route-policy.schema.json
# The policy that judges image-routes.yml. See what it resolves to with: npx image-route-policy explain
version: 1
extends:
  - recommended            # minimal | recommended | strict, ./local.yml, or OWNER/REPO/PATH@REF
failOn: error              # error | warning | never
rules: {}
  # checked-date-stale:
  #   severity: error
  #   maxAgeDays: 60
overrides: []
  # - routes: ["lab-*"]
  #   stages: [exploration]
  #   rules:
  #     fallback-missing: off
waivers: []
  # - rule: trial-in-production
  #   route: some-route
  #   reason: Why this is acceptable for now, in a sentence
  #   owner: "@your-org/ai-governance"
  #   expires: 2027-01-31
`;

// src/cli/commands.ts
var json2 = formatJsonValue;
function onlyTextOrJson(format, command2) {
  if (format === "text" || format === "json") return format;
  throw new UsageError(`\`${command2}\` prints text or json, not ${format}`);
}
function listRules(id, format) {
  const kind = onlyTextOrJson(format, "rules");
  const rules = id === void 0 ? RULES : [requireRule(id)];
  const described = rules.map((rule2) => ({
    id: rule2.meta.id,
    group: rule2.meta.group,
    description: rule2.meta.description,
    rationale: rule2.meta.rationale,
    defaults: rule2.meta.defaults,
    options: rule2.meta.options.parse({}),
    docs: ruleDocsUrl(rule2.meta.id)
  }));
  if (kind === "json") return json2(id === void 0 ? described : described[0]);
  if (id === void 0) {
    const width = Math.max(...RULE_IDS.map((ruleId) => ruleId.length));
    const header = `${"rule".padEnd(width)}  production/internal/demo/exploration
`;
    return header + described.map((rule2) => `${rule2.id.padEnd(width)}  ${STAGES.map((stage) => rule2.defaults[stage]).join("/")}
    ${rule2.description}
`).join("");
  }
  const [rule] = described;
  const options5 = Object.entries(rule.options);
  return [
    `${rule.id} (${rule.group})`,
    "",
    rule.description,
    "",
    `Why: ${rule.rationale}`,
    "",
    "Default severity:",
    ...STAGES.map((stage) => `  ${stage.padEnd(12)} ${rule.defaults[stage]}`),
    "",
    options5.length ? "Options (default):" : "Options: none",
    ...options5.map(([name, value]) => `  ${name}: ${JSON.stringify(value)}`),
    "",
    `Docs: ${rule.docs}`,
    ""
  ].join("\n");
}
function requireRule(id) {
  const rule = ruleById(id);
  if (rule) return rule;
  const guess = suggest(id, RULE_IDS);
  throw new UsageError(`unknown rule \`${id}\`${guess ? `; did you mean \`${guess}\`?` : ""}`);
}
function explainPolicy(policy, format) {
  const kind = onlyTextOrJson(format, "explain");
  const rules = RULES.map((rule) => {
    const setting = policy.rules.get(rule.meta.id);
    const origin = policy.origins.get(rule.meta.id);
    return {
      id: rule.meta.id,
      severity: setting.severity,
      options: setting.options,
      locked: policy.locked.get(rule.meta.id) ?? null,
      setBy: origin
    };
  });
  const explained = {
    sources: policy.sources,
    failOn: policy.failOn,
    rules,
    overrides: policy.overrides.map((override) => ({
      routes: override.routes ?? null,
      files: override.files ?? null,
      stages: override.stages ?? null,
      rules: Object.fromEntries(override.rules),
      source: override.source
    })),
    waivers: policy.waivers,
    catalogs: policy.catalogFiles.map(({ file, checked }) => ({ file, checked }))
  };
  if (kind === "json") return policy.secrets.redact(json2(explained));
  const lines = [
    `Policy: ${policy.sources.join(" \u2192 ") || "(built-in defaults)"}`,
    `failOn: ${policy.failOn}`,
    `Catalogs: ${explained.catalogs.map(({ file, checked }) => `${file} checked ${checked}`).join(", ")}; ${policy.catalog.entries.length} models, ${policy.providers.entries.length} providers in use`,
    ""
  ];
  for (const rule of rules) {
    lines.push(`${rule.id}${rule.locked ? ` (locked by ${rule.locked})` : ""}`);
    for (const stage of STAGES) lines.push(`  ${stage.padEnd(12)} ${rule.severity[stage].padEnd(8)} from ${rule.setBy.severity[stage]}`);
    for (const [name, value] of Object.entries(rule.options)) lines.push(`  ${name} = ${JSON.stringify(value)}  from ${rule.setBy.options[name]}`);
  }
  if (explained.overrides.length) {
    lines.push("", "Overrides (later win):");
    for (const override of explained.overrides) {
      lines.push(`  routes=${JSON.stringify(override.routes)} files=${JSON.stringify(override.files)} stages=${JSON.stringify(override.stages)} from ${override.source}`);
      for (const [id, patch] of Object.entries(override.rules)) lines.push(`    ${id}: ${JSON.stringify(patch)}`);
    }
  }
  if (policy.waivers.length) {
    lines.push("", "Waivers:");
    for (const waiver of policy.waivers) lines.push(`  ${waiver.rule} for ${waiver.route} until ${waiver.expires} (owner ${waiver.owner}): ${waiver.reason}  [${waiver.at.file}:${waiver.at.line}]`);
  }
  return `${policy.secrets.redact(sanitizeTerminal(lines.join("\n")))}
`;
}
function printSchema(name) {
  switch (name) {
    case "manifest":
      return json2(manifestJsonSchema());
    case "policy":
      return json2(policyJsonSchema());
    case "report":
      return json2(reportJsonSchema());
    case "models":
      return json2(modelsJsonSchema());
    case "providers":
      return json2(providersJsonSchema());
    default:
      throw new UsageError(`\`schema\` takes one of ${SCHEMA_NAMES.join(", ")}${name ? `, not \`${name}\`` : ""}`);
  }
}
function staleListing(report, withinDays, format) {
  const kind = onlyTextOrJson(format, "stale");
  const routes = staleRoutes(report, withinDays);
  if (kind === "json") return json2({ today: report.today, withinDays, routes });
  if (routes.length === 0) return formatNothingStale(report.today, withinDays);
  const lines = routes.map(
    (route) => `${route.file}:${route.line}  ${route.id}  owner ${route.keyOwner ?? "(none)"}  checked ${route.checked ?? "(none)"}  stale on ${route.staleOn ?? "(now)"}${route.trialEnds ? `  trial ends ${route.trialEnds}` : ""}  [${staleReasonText(route)}]`
  );
  return `${sanitizeTerminal(lines.join("\n"))}
${routes.length} route(s) stale or going stale within ${withinDays} days of ${report.today}.
`;
}
function initFiles(cwd) {
  const done = [];
  for (const [relative, text2] of [
    ["image-routes.yml", MANIFEST_TEMPLATE],
    [DEFAULT_POLICY_PATH, POLICY_TEMPLATE]
  ]) {
    const target = path4.join(cwd, relative);
    if (fs3.existsSync(target)) {
      done.push(`kept ${relative}: it exists already (init never overwrites)`);
      continue;
    }
    fs3.mkdirSync(path4.dirname(target), { recursive: true });
    fs3.writeFileSync(target, text2, { flag: "wx" });
    done.push(`wrote ${relative}`);
  }
  return done;
}

// src/cli/models.ts
function select(policy, query) {
  const { catalog, providers } = policy;
  const { subject } = query;
  if (subject === void 0) return { entries: catalog.entries, heading: "every model" };
  const provider = providers.resolve(subject);
  if (provider) return { entries: catalog.ofProvider(provider.id), heading: `the models of ${provider.name}` };
  const filed = catalog.ofProvider(providers.idOf(subject));
  if (filed.length > 0) return { entries: filed, heading: `the models of \`${subject}\` (a provider the policy's \`models:\` names)` };
  const match2 = catalog.lookup(subject);
  if (match2) {
    const same = catalog.entries.filter((entry) => entry.id === match2.entry.id);
    return { entries: same, heading: match2.via === "id" ? `\`${subject}\`` : `\`${subject}\` (${match2.via} of \`${match2.entry.id}\`)` };
  }
  const guess = suggest(subject, [...providers.entries.map((entry) => entry.id), ...catalog.entries.map((entry) => entry.id)]);
  throw new UsageError(`\`${subject}\` is neither a model id, snapshot or alias nor a provider of the catalog${guess ? `; did you mean \`${guess}\`?` : ""}`);
}
function listModels(policy, query, format) {
  if (format !== "text" && format !== "json") throw new UsageError(`\`models\` prints text or json, not ${format}`);
  const { entries, heading: heading2 } = select(policy, query);
  const { today, retiringWithin } = query;
  const shown = retiringWithin === void 0 ? entries : entries.filter((entry) => retiresWithin(entry, today, retiringWithin));
  const rows = shown.map((entry) => ({
    provider: entry.provider,
    id: entry.id,
    name: entry.name ?? null,
    status: lifecycleOn(entry, today),
    shutdown: entry.shutdown ?? null,
    replacement: replacementsOf(entry),
    snapshots: entry.snapshots ?? [],
    aliases: (entry.aliases ?? []).map((alias) => typeof alias === "string" ? alias : alias.id),
    confirmed: entry.confirmed !== false,
    source: entry.source ?? null,
    checked: entry.checked ?? null
  }));
  const catalogs = policy.catalogFiles.map(({ file, checked }) => ({ file, checked }));
  if (format === "json") return formatJsonValue({ today, retiringWithin: retiringWithin ?? null, catalogs, models: rows });
  const scope = retiringWithin === void 0 ? heading2 : `${heading2} with a shutdown day from ${today} to ${retiringWithin} days later`;
  const lines = [`${scope}, as of ${today} (${catalogs.map(({ file, checked }) => `${file} checked ${checked}`).join(", ")}):`];
  if (rows.length === 0) lines.push("  none");
  const width = (pick2) => Math.max(0, ...rows.map((row2) => pick2(row2).length));
  const providerWidth = width((row2) => row2.provider);
  const idWidth = width((row2) => row2.id);
  for (const row2 of rows) {
    const when = row2.shutdown ? row2.status === "shutdown" ? `shut down ${row2.shutdown}` : `shuts down ${row2.shutdown}` : "";
    const advice2 = row2.replacement.length ? `-> ${row2.replacement.join(" or ")}` : "";
    const columns = [row2.provider.padEnd(providerWidth), row2.id.padEnd(idWidth), row2.status.padEnd(10), when.padEnd(21), advice2, row2.confirmed ? "" : "(unconfirmed)", row2.source ?? ""];
    lines.push(`  ${columns.filter((column, index) => index < 4 || column !== "").join("  ")}`.trimEnd());
  }
  lines.push(`${rows.length} model(s).`);
  return `${sanitizeTerminal(lines.join("\n"))}
`;
}

// src/cli/main.ts
var EXIT = { pass: 0, fail: 1, config: 2, internal: 3 };
async function runCli(argv, io) {
  const note = (text2) => {
    io.stderr.write(`${sanitizeTerminal(text2)}
`);
  };
  try {
    const command2 = parseCommandLine(argv);
    return await dispatch(command2, io, note);
  } catch (error2) {
    if (error2 instanceof UsageError) {
      note(`image-route-policy: ${error2.message}
Run \`image-route-policy --help\` for usage.`);
      return EXIT.config;
    }
    if (error2 instanceof ConfigError) {
      note(`image-route-policy: configuration error
${error2.message}`);
      return EXIT.config;
    }
    const debug = io.env.IMAGE_ROUTE_POLICY_DEBUG ? `
${error2.stack ?? ""}` : "";
    note(
      `image-route-policy: internal error: ${error2?.message ?? String(error2)}
This is a bug. Please report it at ${ISSUES_URL} with the command you ran (set IMAGE_ROUTE_POLICY_DEBUG=1 for details).${debug}`
    );
    return EXIT.internal;
  }
}
async function dispatch(command2, io, note) {
  const today = command2.today ?? utcToday(io.now?.() ?? /* @__PURE__ */ new Date());
  const shared = {
    cwd: io.cwd,
    policy: command2.policy,
    today,
    failOn: command2.failOn,
    token: command2.token ?? io.env.GITHUB_TOKEN,
    apiUrl: io.env.GITHUB_API_URL
  };
  const color = Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
  switch (command2.command) {
    case "version":
      io.stdout.write(`${TOOL_VERSION}
`);
      return EXIT.pass;
    case "help":
      io.stdout.write(helpText(command2.helpFor));
      return EXIT.pass;
    case "check": {
      const { report, policy } = await runCheck({ ...shared, patterns: command2.positionals });
      if (report.manifests.length === 0) {
        const where = command2.positionals.length ? command2.positionals.join(", ") : "this folder";
        note(`image-route-policy: no image-routes.yml or image-routes.yaml found in ${where}${command2.requireManifest ? " (--require-manifest)" : ""}`);
        if (command2.requireManifest) return EXIT.fail;
      }
      const visible = command2.quiet ? { ...report, findings: report.findings.filter((finding2) => finding2.status === "open" && finding2.severity === "error") } : report;
      writeOutputs(command2.outputs, io, (output) => formatReport(output.format === "json" || output.format === "sarif" ? report : visible, output.format, { color: color && !output.file, rules: enabledRuleIds(policy) }));
      return report.passed ? EXIT.pass : EXIT.fail;
    }
    case "stale": {
      const { report } = await runCheck({ ...shared, patterns: command2.positionals });
      writeOutputs(command2.outputs, io, (output) => staleListing(report, command2.withinDays, output.format));
      return EXIT.pass;
    }
    case "explain": {
      const policy = await loadPolicy(shared);
      writeOutputs(command2.outputs, io, (output) => explainPolicy(policy, output.format));
      return EXIT.pass;
    }
    case "models": {
      const policy = await loadPolicy(shared);
      const query = { subject: command2.positionals[0], retiringWithin: command2.retiringWithin, today };
      writeOutputs(command2.outputs, io, (output) => listModels(policy, query, output.format));
      return EXIT.pass;
    }
    case "rules":
      writeOutputs(command2.outputs, io, (output) => listRules(command2.positionals[0], output.format));
      return EXIT.pass;
    case "schema":
      io.stdout.write(printSchema(command2.positionals[0]));
      return EXIT.pass;
    case "init":
      for (const line of initFiles(io.cwd)) note(line);
      return EXIT.pass;
  }
}
function writeOutputs(outputs, io, render2) {
  const list = outputs.length ? [...outputs] : [{ format: "text" }];
  for (const output of list) {
    const text2 = render2(output);
    if (!output.file) {
      io.stdout.write(text2);
      continue;
    }
    const target = path5.resolve(io.cwd, output.file);
    try {
      fs4.mkdirSync(path5.dirname(target), { recursive: true });
      fs4.writeFileSync(target, text2);
    } catch (error2) {
      throw new UsageError(`cannot write ${output.file}: ${error2.code ?? error2.message}`);
    }
  }
}

// src/cli/bin.ts
var code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr
});
process.exitCode = code;
