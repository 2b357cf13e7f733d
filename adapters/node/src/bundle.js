'use strict';
// Bundles a framework port per container from its manifest (docs/node-host.md, "Port manifests"): an entry that
// imports what the framework's own mini-program build puts first (a platform runtime), then the framework's API
// module, with the build's defines (TARO_ENV, …), into one CommonJS file the port's process loads in that container.
// esbuild is pinned by adapters/node/package-lock.json; it runs here, in the host, never in the port's process.

const fs = require('node:fs');
const path = require('node:path');

const CONTAINER_IDS = ['alipay', 'wechat', 'bytedance', 'baidu', 'kuaishou', 'feishu'];

/** Reads and checks a manifest; a bad one is a RangeError naming the file and what was expected. */
function readManifest(file) {
  let m;
  try {
    m = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new RangeError(`${file}: ${e.message} (expected a JSON port manifest)`);
  }
  const bad = (what) => new RangeError(`${file}: ${what} (docs/node-host.md, "Port manifests")`);
  if (!m || m.schema !== 'scopekit-port-manifest/1') throw bad("expected \"schema\": \"scopekit-port-manifest/1\"");
  if (typeof m.framework !== 'string' || typeof m.version !== 'string') throw bad('expected "framework" and "version" strings');
  if (!m.packages || typeof m.packages !== 'object') throw bad('expected "packages": {name: exact version}');
  if (!m.containers || typeof m.containers !== 'object') throw bad('expected "containers": {container: {module, imports, define, globals}}');
  for (const [c, entry] of Object.entries(m.containers)) {
    if (!CONTAINER_IDS.includes(c)) throw bad(`unknown container '${c}' (expected one of: ${CONTAINER_IDS.join(', ')})`);
    if (!entry || typeof entry.module !== 'string') throw bad(`containers.${c}: expected "module" (the package or file whose exports are the port's API)`);
  }
  return m;
}

/**
 * Bundles every container of the manifest; `from` is the directory whose node_modules hold the packages. Returns
 * {container: {file} | {error}}: a container whose bundle fails to build is a load error of that container.
 */
function bundleAll(manifest, from, outDir) {
  const esbuild = require('esbuild');
  fs.mkdirSync(outDir, { recursive: true });
  const out = {};
  for (const [container, entry] of Object.entries(manifest.containers)) {
    const lines = [...(entry.imports || []).map((i) => `require(${JSON.stringify(i)});`),
      `module.exports = require(${JSON.stringify(entry.module)});`];
    const define = { 'process.env.NODE_ENV': '"production"' };
    for (const [k, v] of Object.entries({ ...(manifest.define || {}), ...(entry.define || {}) })) define[k] = JSON.stringify(v);
    const file = path.join(outDir, `${container}.js`);
    try {
      esbuild.buildSync({
        stdin: { contents: lines.join('\n'), resolveDir: from, sourcefile: `${manifest.framework}-${container}-entry.js` },
        bundle: true, format: 'cjs', platform: 'neutral', mainFields: ['main', 'module'], target: 'es2019',
        // aliases resolve in the working directory (esbuild's rule): the packages' directory, wherever the host runs
        define, outfile: file, alias: manifest.alias || {}, absWorkingDir: path.resolve(from), logLevel: 'silent', legalComments: 'none', write: true,
      });
      out[container] = { file };
    } catch (e) {
      out[container] = { error: String(e && e.message ? e.message : e).split('\n').slice(0, 6).join(' | ') };
    }
  }
  return out;
}

/**
 * The content key of a manifest's bundles: they change only when the manifest, the bundler (esbuild's version and
 * this file) or the installed packages (package-lock.json and each manifest package's installed version) change.
 */
function bundleKey(manifestText, manifest, from) {
  const crypto = require('node:crypto');
  const h = crypto.createHash('sha256');
  const part = (text) => { h.update(String(text)); h.update('\0'); };
  part(manifestText);
  part(require('esbuild/package.json').version);
  part(fs.readFileSync(__filename, 'utf8'));
  const lock = path.join(from, 'package-lock.json');
  part(fs.existsSync(lock) ? fs.readFileSync(lock, 'utf8') : 'no package-lock.json');
  for (const name of Object.keys(manifest.packages).sort()) {
    let version = 'missing';
    try {
      version = JSON.parse(fs.readFileSync(path.join(from, 'node_modules', name, 'package.json'), 'utf8')).version;
    } catch (e) {
      // a missing package bundles as a load error of its containers; the key says so
    }
    part(`${name}@${version}`);
  }
  return h.digest('hex').slice(0, 32);
}

/**
 * bundleAll through a cache: CACHE/bundles/FRAMEWORK@VERSION-KEY holds one run's bundles and their index
 * (bundle.json); a later run with the same content key reuses them. A new entry is built in a directory of its own
 * and renamed into place whole, so a reader never sees half an entry and two runs at once cannot mix theirs.
 * Returns {result, dir, hit}.
 */
function cachedBundleAll(manifestText, manifest, from, cacheRoot) {
  const key = bundleKey(manifestText, manifest, from);
  const dir = path.join(cacheRoot, 'bundles', `${manifest.framework}@${manifest.version}-${key}`.replace(/[^\w.@-]/g, '_'));
  const read = () => {
    const index = JSON.parse(fs.readFileSync(path.join(dir, 'bundle.json'), 'utf8'));
    const result = {};
    for (const [c, b] of Object.entries(index.containers)) {
      result[c] = b.file ? { file: path.join(dir, path.basename(b.file)) } : { error: String(b.error) };
      if (result[c].file && !fs.existsSync(result[c].file)) throw new Error(`${result[c].file} is missing`);
    }
    return result;
  };
  try {
    return { result: read(), dir, hit: true, key };
  } catch (e) {
    // not cached yet (or a damaged entry, built again below)
  }
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const temp = fs.mkdtempSync(`${dir}.part-`);
  try {
    const built = bundleAll(manifest, from, temp);
    const containers = {};
    for (const [c, b] of Object.entries(built)) containers[c] = b.file ? { file: path.basename(b.file) } : { error: b.error };
    fs.writeFileSync(path.join(temp, 'bundle.json'), `${JSON.stringify({ key, framework: manifest.framework, version: manifest.version, containers }, null, 2)}\n`);
    try {
      fs.renameSync(temp, dir);
    } catch (e) {
      // another run put the same entry in place first (theirs is as good as ours), or a damaged one is there
      try {
        return { result: read(), dir, hit: true, key };
      } catch (damaged) {
        fs.rmSync(dir, { recursive: true, force: true });
        fs.renameSync(temp, dir);
      }
    }
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
  return { result: read(), dir, hit: false, key };
}

/** A framework's profile (profiles/NAME.json: its Promise convention, documented unsupported APIs, with sources). */
function readProfile(name) {
  if (!name) return null;
  if (!/^[a-z0-9-]+$/.test(name)) throw new RangeError(`profile '${name}': expected a name of adapters/node/profiles/ (letters, digits, -)`);
  const file = path.join(__dirname, '..', 'profiles', `${name}.json`);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new RangeError(`${file}: ${e.message} (expected the port profile the manifest names)`);
  }
}

module.exports = { readManifest, bundleAll, cachedBundleAll, bundleKey, readProfile, CONTAINER_IDS };
