/** Compiles a glob (`**`, `*`, `?`, `{a,b}`) to a RegExp over forward-slash paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) re += '\\{';
      else {
        re += `(?:${glob.slice(i + 1, close).split(',').map(escape).join('|')})`;
        i = close;
      }
    } else re += escape(c);
  }
  return new RegExp(`^${re}$`);
}

function escape(s: string): string {
  return s.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}

/** True when the path (or, for patterns without a slash, its base name) matches one of the globs. */
export function matchesAny(path: string, globs: readonly RegExp[], patterns: readonly string[]): boolean {
  const normalized = path.replace(/\\/g, '/').replace(/^\.\//, '');
  const base = normalized.slice(normalized.lastIndexOf('/') + 1);
  return globs.some((re, i) => re.test(patterns[i].includes('/') ? normalized : base));
}
