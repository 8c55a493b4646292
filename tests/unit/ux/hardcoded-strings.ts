import { parseAst } from 'vite';

/** Props whose text a person reads or hears; their values must come from i18next. */
export const USER_FACING_PROPS = new Set([
  'aria-label',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'aria-description',
  'title',
  'placeholder',
  'alt',
  'label',
  'subtitle',
  'hint',
  'error',
  'lead',
  'help',
  'message',
  'enterLabel',
  'heading',
  'description',
  'caption',
]);

const LETTER = /\p{L}/u;
/** Elements whose content is code or keys to type, the same in every language. */
const VERBATIM_ELEMENTS = new Set(['code', 'kbd', 'samp']);

export interface Finding {
  readonly line: number;
  readonly text: string;
  readonly where: string;
}

type Node = { type: string; start: number; [key: string]: unknown };

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';
}

/** String literals an expression can evaluate to directly (not arguments of calls such as t('key')). */
function literalTexts(expr: unknown): { text: string; start: number }[] {
  if (!isNode(expr)) return [];
  switch (expr.type) {
    case 'Literal':
      return typeof expr.value === 'string' ? [{ text: expr.value, start: expr.start }] : [];
    case 'TemplateLiteral':
      return (expr.quasis as Node[]).map((q) => ({ text: String((q.value as { cooked?: string }).cooked ?? ''), start: q.start }));
    case 'ConditionalExpression':
      return [...literalTexts(expr.consequent), ...literalTexts(expr.alternate)];
    case 'LogicalExpression':
      return [...literalTexts(expr.left), ...literalTexts(expr.right)];
    case 'ParenthesizedExpression':
    case 'TSAsExpression':
      return literalTexts(expr.expression);
    default:
      return [];
  }
}

/** Every piece of human text written straight into JSX in one .tsx source. */
export function findHardCodedStrings(source: string): Finding[] {
  const ast = parseAst(source, { lang: 'tsx' });
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  const findings: Finding[] = [];
  const visit = (node: unknown, parent: Node | null): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n, parent);
      return;
    }
    if (!isNode(node)) return;
    if (node.type === 'JSXElement') {
      const opening = node.openingElement as Node;
      const name = (opening.name as { name?: unknown }).name;
      if (typeof name === 'string' && VERBATIM_ELEMENTS.has(name)) return;
      // HTML's own marker for text that stays as it is in every language (a domain, a protocol).
      const attrs = (opening.attributes as Node[]) ?? [];
      const noTranslate = attrs.some(
        (a) =>
          a.type === 'JSXAttribute' &&
          (a.name as { name?: unknown }).name === 'translate' &&
          (a.value as { value?: unknown } | null)?.value === 'no',
      );
      if (noTranslate) return;
    }
    if (node.type === 'JSXText') {
      const text = String(node.value).trim();
      if (LETTER.test(text)) findings.push({ line: lineOf(node.start), text, where: 'text' });
    } else if (node.type === 'JSXExpressionContainer' && parent?.type === 'JSXElement') {
      for (const lit of literalTexts(node.expression)) {
        if (LETTER.test(lit.text)) findings.push({ line: lineOf(lit.start), text: lit.text, where: 'text' });
      }
    } else if (node.type === 'JSXAttribute') {
      const name = (node.name as { name?: unknown }).name;
      if (typeof name === 'string' && USER_FACING_PROPS.has(name)) {
        const value = node.value as Node | null;
        const texts = value?.type === 'JSXExpressionContainer' ? literalTexts(value.expression) : value ? literalTexts(value) : [];
        for (const lit of texts) {
          if (LETTER.test(lit.text)) findings.push({ line: lineOf(lit.start), text: lit.text, where: name });
        }
      }
    }
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'type' && typeof child === 'object' && child !== null) visit(child, node);
    }
  };
  visit(ast, null);
  return findings;
}
