/**
 * The pictograms: safe SVG only (no script, no event handler, no external
 * reference, no foreignObject), optimised (no editor leftovers), every need
 * has its `need-<id>.svg`, and every file is credited (credits.ts and
 * CREDITS.md) and every credited file exists.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { creditedFiles, PICTOGRAM_SETS } from '../../../src/guides/credits';
import { NEED_IDS } from '../../../src/guides/guide';

const PICTOGRAMS = fileURLToPath(new URL('../../../public/pictograms/', import.meta.url));
const svgs = readdirSync(PICTOGRAMS).filter((name) => name.endsWith('.svg')).sort();
const read = (name: string) => readFileSync(join(PICTOGRAMS, name), 'utf8');

/** Why an SVG is unsafe or unoptimised; empty when it is fine. */
function svgProblems(svg: string): string[] {
  const problems: string[] = [];
  if (!/^<svg\b[^>]*\bviewBox="[\d.\s-]+"/.test(svg.trimStart())) problems.push('does not start with <svg … viewBox>');
  if (/<script\b/i.test(svg)) problems.push('<script>');
  if (/<foreignObject\b/i.test(svg)) problems.push('<foreignObject>');
  if (/\son[a-z]+\s*=/i.test(svg)) problems.push('event handler attribute');
  if (/(?:xlink:)?href\s*=\s*["']\s*(?!#)/i.test(svg)) problems.push('href to something outside the file');
  if (/url\(\s*["']?\s*(?!#)/i.test(svg)) problems.push('url() outside the file');
  if (/https?:\/\/(?!www\.w3\.org\/2000\/svg)/i.test(svg)) problems.push('http(s) reference');
  if (/<!--|<metadata\b|sodipodi|inkscape|<title\b|<desc\b/i.test(svg)) problems.push('comment or editor metadata');
  if (/<(?:image|iframe|embed|object|style)\b/i.test(svg)) problems.push('embedded content');
  if (/<!DOCTYPE|<!ENTITY/i.test(svg)) problems.push('doctype or entity');
  return problems;
}

describe('pictograms', () => {
  it('are all safe, optimised SVG with a viewBox', () => {
    const bad = svgs.flatMap((name) => svgProblems(read(name)).map((problem) => `${name}: ${problem}`));
    expect(bad).toEqual([]);
  });

  it('catch unsafe SVG', () => {
    expect(svgProblems('<svg viewBox="0 0 72 72"><script>alert(1)</script></svg>')).toContain('<script>');
    expect(svgProblems('<svg viewBox="0 0 72 72" onload="x()"></svg>')).toContain('event handler attribute');
    expect(svgProblems('<svg viewBox="0 0 72 72"><use href="http://evil.example/a.svg#x"/></svg>')).toContain('href to something outside the file');
    expect(svgProblems('<svg viewBox="0 0 72 72"><foreignObject/></svg>')).toContain('<foreignObject>');
    expect(svgProblems('<svg width="72"></svg>')).toContain('does not start with <svg … viewBox>');
    expect(svgProblems('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 72 72"><path d="M0 0h1"/></svg>')).toEqual([]);
  });

  it('have one pictogram per orientation need', () => {
    const missing = NEED_IDS.filter((id) => !svgs.includes(`need-${id}.svg`));
    expect(missing).toEqual([]);
  });

  it('are each credited once, and every credited file exists', () => {
    const credited = creditedFiles();
    expect(new Set(credited).size).toBe(credited.length);
    expect([...credited].sort()).toEqual(svgs);
  });

  it('say where each file comes from', () => {
    for (const set of PICTOGRAM_SETS) {
      expect(set.licence).toBe('CC BY-SA 4.0');
      expect(set.licenceUrl).toMatch(/^https:\/\/creativecommons\.org\/licenses\/by-sa\/4\.0\/$/);
      for (const entry of set.files) expect(entry.origin).toMatch(/^(OpenMoji [0-9A-F-]+( \+ [0-9A-F-]+)*(, assemblés pour Boussole.*)?|dessiné pour Boussole)$/);
    }
  });

  it('are listed in CREDITS.md too', () => {
    const credits = readFileSync(join(PICTOGRAMS, 'CREDITS.md'), 'utf8');
    expect(credits).toContain('CC BY-SA 4.0');
    expect(svgs.filter((name) => !credits.includes(`\`${name}\``))).toEqual([]);
  });

  it('stay small: under 5 KB each and 120 KB together', () => {
    const sizes = svgs.map((name) => [name, statSync(join(PICTOGRAMS, name)).size] as const);
    expect(sizes.filter(([, size]) => size > 5 * 1024)).toEqual([]);
    expect(sizes.reduce((sum, [, size]) => sum + size, 0)).toBeLessThan(120 * 1024);
  });
});
