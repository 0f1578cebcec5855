/**
 * .github/workflows/nightly-snapshot.yml runs on a fresh runner: it needs the
 * URL variable and nothing else, never the workshop folder beside the clone, runs the nightly then the
 * snapshot tests, and commits nothing on a night that changed nothing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../../scripts/lib/communes/paths';
import { scratchFolder } from '../snapshot/helpers';

const WORKFLOW = readFileSync(join(REPO_ROOT, '.github', 'workflows', 'nightly-snapshot.yml'), 'utf8');

/** The `run: |` block of the step named `name`, unindented. */
function runBlock(name: string): string {
  const lines = WORKFLOW.split('\n');
  const start = lines.findIndex((line) => line.includes(`- name: ${name}`));
  const run = lines.findIndex((line, index) => index > start && /^\s+run: \|\s*$/.test(line));
  const body: string[] = [];
  const indent = (lines[run + 1] ?? '').match(/^\s*/)?.[0].length ?? 0;
  for (const line of lines.slice(run + 1)) {
    if (line.trim() !== '' && (line.match(/^\s*/)?.[0].length ?? 0) < indent) break;
    body.push(line.slice(indent));
  }
  return body.join('\n');
}

let scratch: ReturnType<typeof scratchFolder>;
beforeEach(() => {
  scratch = scratchFolder();
});
afterEach(() => scratch.cleanup());

describe('the nightly workflow', () => {
  it('uses no variable but NIGHTLY_SOURCE_URL, no secret and nothing outside the repository', () => {
    expect(WORKFLOW.match(/\bvars\.\w+/g)).toEqual(['vars.NIGHTLY_SOURCE_URL']);
    expect(WORKFLOW).not.toMatch(/secrets\./);
    expect(WORKFLOW).not.toMatch(new RegExp(`\\.\\./${'shared'}|^\\s+repository:|^\\s+path: `, 'm'));
  });

  it('runs the nightly, then the snapshot tests, then the commit step', () => {
    const nightly = WORKFLOW.indexOf('run: npm run nightly');
    const tests = WORKFLOW.indexOf('run: npx vitest run tests/unit/scripts/snapshot');
    const commit = WORKFLOW.indexOf('- name: Commit');
    expect(nightly).toBeGreaterThan(0);
    expect(tests).toBeGreaterThan(nightly);
    expect(commit).toBeGreaterThan(tests);
  });

  it('fails at once, naming the variable, when NIGHTLY_SOURCE_URL is not set', () => {
    const run = spawnSync('bash', ['-e', '-c', runBlock('Require the national file')], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/::error::Set the repository variable NIGHTLY_SOURCE_URL/);
  });

  it('commits nothing on a night that changed nothing', () => {
    const repo = scratch.path;
    const git = (...args: string[]): string => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
    git('init', '-q');
    git('config', 'user.email', 'test@example.invalid');
    git('config', 'user.name', 'test');
    mkdirSync(join(repo, 'public', 'data'), { recursive: true });
    writeFileSync(join(repo, 'public', 'data', 'snapshot.json'), '{"version":"x"}\n');
    git('add', '.');
    git('commit', '-qm', 'published');
    const run = spawnSync('bash', ['-e', '-c', runBlock('Commit the snapshot')], { cwd: repo, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Nothing new tonight: nothing to commit.');
    expect(git('rev-list', '--count', 'HEAD').trim()).toBe('1');
  });

  it('commits a night that changed the snapshot, even before data/export exists', () => {
    const repo = join(scratch.path, 'repo');
    const origin = join(scratch.path, 'origin.git');
    const git = (...args: string[]): string => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
    execFileSync('git', ['init', '-q', '--bare', origin]);
    mkdirSync(join(repo, 'public', 'data'), { recursive: true });
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'test@example.invalid');
    git('config', 'user.name', 'test');
    writeFileSync(join(repo, 'public', 'data', 'snapshot.json'), '{"version":"old"}\n');
    git('add', '.');
    git('commit', '-qm', 'published');
    git('remote', 'add', 'origin', origin);
    git('push', '-q', 'origin', 'main');
    writeFileSync(join(repo, 'public', 'data', 'snapshot.json'), '{"version":"new"}\n');
    mkdirSync(join(repo, 'data', 'reports'), { recursive: true });
    writeFileSync(join(repo, 'data', 'reports', 'nightly-changes.json'), '{"counts":{"added":2,"removed":1,"changed":10}}\n');
    const run = spawnSync('bash', ['-e', '-c', runBlock('Commit the snapshot')], { cwd: repo, encoding: 'utf8', env: { ...process.env, GITHUB_REF_NAME: 'main' } });
    expect(run.stderr).not.toMatch(/fatal/);
    expect(run.status).toBe(0);
    expect(git('log', '-1', '--format=%s').trim()).toBe('Nightly snapshot new: 2 added, 1 removed, 10 changed');
    expect(execFileSync('git', ['-C', origin, 'log', '-1', '--format=%s', 'main'], { encoding: 'utf8' }).trim()).toBe('Nightly snapshot new: 2 added, 1 removed, 10 changed');
  });
});
