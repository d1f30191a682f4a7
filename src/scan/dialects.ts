// How JavaScript/TypeScript and Python spell what the detector looks for, in Lezer's node names.
import type { SyntaxNode } from '@lezer/common';
import { unquote, type Dialect } from './syntax.js';

type Text = (node: SyntaxNode) => string;

function stringOf(node: SyntaxNode | null, text: Text): string | undefined {
  return node && node.name === 'String' ? (unquote(text(node)) ?? undefined) : undefined;
}

/** The property `name` of an object literal (JavaScript), searched in the node or its first object argument. */
function objectProperty(node: SyntaxNode, name: string, text: Text): SyntaxNode | undefined {
  const object = node.name === 'ObjectExpression' ? node : node.name === 'ArgList' ? node.getChild('ObjectExpression') : null;
  if (!object) return undefined;
  for (let property = object.firstChild; property; property = property.nextSibling) {
    if (property.name !== 'Property') continue;
    const key = property.firstChild;
    if (!key) continue;
    const keyName = key.name === 'PropertyDefinition' ? text(key) : key.name === 'String' ? stringOf(key, text) : undefined;
    if (keyName !== name) continue;
    const value = property.lastChild;
    // `{ model }` shorthand: the variable of the same name.
    return value && value !== key ? value : key;
  }
  return undefined;
}

export const javascript: Dialect = {
  language: 'javascript',
  imports(node, text) {
    const module = stringOf(node.getChild('String'), text);
    if (!module) return [];
    const bindings: { local: string; module: string; imported?: string }[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.name === 'VariableDefinition') {
        // `import * as F from` binds the module; `import D from` its default export.
        bindings.push({ local: text(child), module, imported: child.prevSibling?.name === 'as' ? undefined : 'default' });
      } else if (child.name === 'ImportGroup') {
        for (let item = child.firstChild; item; item = item.nextSibling) {
          if (item.name !== 'VariableDefinition') continue;
          const renamed = item.prevSibling?.name === 'as' ? item.prevSibling.prevSibling : null;
          bindings.push({ local: text(item), module, imported: renamed ? text(renamed) : text(item) });
        }
      }
    }
    return bindings;
  },
  assignment(node, text) {
    const target = node.firstChild?.name === 'const' || node.firstChild?.name === 'let' || node.firstChild?.name === 'var' ? node.firstChild.nextSibling : node.firstChild;
    const equals = node.getChild('Equals');
    const value = equals?.nextSibling;
    if (!target || !value) return undefined;
    if (target.name === 'VariableDefinition' || target.name === 'VariableName' || target.name === 'MemberExpression') return { name: text(target), value };
    if (target.name === 'ObjectPattern') return { name: text(target), value };
    return undefined;
  },
  namedArgument: objectProperty,
  envRead(node, text) {
    if (node.name !== 'MemberExpression') return undefined;
    const source = text(node);
    const match = /^(?:process\.env|import\.meta\.env|Bun\.env)(?:\.([A-Za-z_]\w*)|\[\s*['"]([A-Za-z_]\w*)['"]\s*\])$/.exec(source);
    return match ? (match[1] ?? match[2]) : undefined;
  },
  isConstruction: (node) => node.name === 'NewExpression',
};

/** The value after `name=` in a Python call's arguments, or after `"name":` in a dict literal. */
function keywordArgument(node: SyntaxNode, name: string, text: Text): SyntaxNode | undefined {
  if (node.name === 'ArgList') {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.name === 'VariableName' && text(child) === name && child.nextSibling?.name === 'AssignOp') return child.nextSibling.nextSibling ?? undefined;
    }
    return undefined;
  }
  if (node.name === 'DictionaryExpression') {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.name === 'String' && stringOf(child, text) === name && child.nextSibling?.name === ':') return child.nextSibling.nextSibling ?? undefined;
    }
  }
  return undefined;
}

export function pythonDialect(knows: (module: string) => boolean): Dialect {
  return {
    language: 'python',
    imports(node, text) {
      const parts: { name: string; kind: string }[] = [];
      for (let child = node.firstChild; child; child = child.nextSibling) parts.push({ name: text(child), kind: child.name });
      const bindings: { local: string; module: string; imported?: string }[] = [];
      // Dotted names with their `as` aliases: `import a.b as c, d` / `from a.b import c as d, e`.
      const dotted = (start: number): { name: string; next: number } => {
        let name = parts[start]?.name ?? '';
        let index = start + 1;
        while (parts[index]?.kind === '.' && parts[index + 1]?.kind === 'VariableName') {
          name += `.${parts[index + 1]!.name}`;
          index += 2;
        }
        return { name, next: index };
      };
      if (parts[0]?.kind === 'from') {
        const from = dotted(1);
        for (let index = from.next + 1; index < parts.length; index++) {
          if (parts[index]!.kind !== 'VariableName') continue;
          const imported = parts[index]!.name;
          const alias = parts[index + 1]?.kind === 'as' ? parts[index + 2]?.name : undefined;
          if (alias) index += 2;
          // `from google import genai` imports the module google.genai.
          const submodule = `${from.name}.${imported}`;
          bindings.push(knows(submodule) ? { local: alias ?? imported, module: submodule } : { local: alias ?? imported, module: from.name, imported });
        }
        return bindings;
      }
      for (let index = 1; index < parts.length; index++) {
        if (parts[index]!.kind !== 'VariableName') continue;
        const module = dotted(index);
        index = module.next - 1;
        const alias = parts[index + 1]?.kind === 'as' ? parts[index + 2]?.name : undefined;
        if (alias) index += 2;
        bindings.push({ local: alias ?? module.name, module: module.name });
      }
      return bindings;
    },
    assignment(node, text) {
      const target = node.firstChild;
      const value = node.lastChild;
      if (!target || !value || target === value || node.getChild('AssignOp') === null) return undefined;
      if (target.name === 'VariableName' || target.name === 'MemberExpression') return { name: text(target), value };
      return undefined;
    },
    namedArgument: keywordArgument,
    envRead(node, text) {
      const source = text(node);
      const match =
        /^(?:os\.)?environ\[\s*['"]([A-Za-z_]\w*)['"]\s*\]$/.exec(source) ?? /^(?:os\.)?(?:getenv|environ\.get)\(\s*['"]([A-Za-z_]\w*)['"]/.exec(source);
      return match ? match[1] : undefined;
    },
    isConstruction: (node) => node.name === 'CallExpression',
  };
}
