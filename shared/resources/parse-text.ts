// parseResources: the Mesos `--resources` syntax (`cpus:4;mem:1024;ports:[31000-32000];cpus(ops):2;disks:{a,b}`), or
// a JSON Resource array when the text starts with `[`. Errors are RESOURCE_PARSE and quote the offending token.
import { resourcesFromJsonWithDefaultRole } from './json.js';
import { normalizeChecked } from './normalize.js';
import { invalidRoleReason } from './roles.js';
import { UNRESERVED_ROLE, type Resource, type Resources, type ResourceValue } from './types.js';
import { invalidNameReason, invalidScalarReason, wrongTypeReason } from './validation.js';
import { parseFailure, parseNumberText, parseRangesText, parseSetText, splitEntries } from './value-text.js';

export interface ParseResourcesOptions {
  /** The role of entries written without one (Mesos `--default_role`); `*` (unreserved) when absent. */
  readonly defaultRole?: string;
}

interface ResourceToken {
  readonly name: string;
  readonly role: string | undefined;
  readonly valueText: string;
}

function splitToken(token: string, fail: (reason: string) => never): ResourceToken {
  const colon = token.indexOf(':');
  const open = token.indexOf('(');
  if (open >= 0 && (colon < 0 || open < colon)) {
    const close = token.indexOf(')', open);
    if (close < 0) fail("missing ')' after the role");
    const rest = token.slice(close + 1).trimStart();
    if (!rest.startsWith(':')) fail("expected ':' after the role");
    return {
      name: token.slice(0, open).trim(),
      role: token.slice(open + 1, close).trim(),
      valueText: rest.slice(1).trim(),
    };
  }
  if (colon < 0) fail("expected 'name:value' or 'name(role):value'");
  return { name: token.slice(0, colon).trim(), role: undefined, valueText: token.slice(colon + 1).trim() };
}

function parseValue(name: string, valueText: string, token: string, fail: (reason: string) => never): ResourceValue {
  if (valueText.length === 0) fail('missing value');
  if (valueText.startsWith('[')) return { type: 'ranges', ranges: parseRangesText(valueText, token) };
  if (valueText.startsWith('{')) return { type: 'set', items: parseSetText(valueText, `invalid resource '${token}'`) };
  const value = parseNumberText(valueText);
  if (value === undefined) fail(`'${valueText}' is not a number`);
  const reason = invalidScalarReason(name, value);
  if (reason !== undefined) fail(`'${valueText}' ${reason}`);
  return { type: 'scalar', value };
}

function parseEntry(token: string, defaultRole: string): Resource {
  const fail = (reason: string): never => {
    throw parseFailure(`invalid resource '${token}': ${reason}`);
  };
  const { name, role: writtenRole, valueText } = splitToken(token, fail);
  const nameReason = invalidNameReason(name);
  if (nameReason !== undefined) fail(nameReason);
  const role = writtenRole ?? defaultRole;
  const roleReason = invalidRoleReason(role);
  if (roleReason !== undefined) fail(`role '${role}' ${roleReason}`);
  const value = parseValue(name, valueText, token, fail);
  const typeReason = wrongTypeReason(name, value.type);
  if (typeReason !== undefined) fail(typeReason);
  return {
    name,
    role,
    reservations: role === UNRESERVED_ROLE ? [] : [{ type: 'static', role }],
    value,
  };
}

/**
 * Parses resources in Mesos text or JSON form. Entries of the same identity are summed (ranges and sets united),
 * scalars rounded to 3 decimals, zero and empty entries dropped. Throws RESOURCE_PARSE naming the bad token.
 */
export function parseResources(text: string, options: ParseResourcesOptions = {}): Resources {
  const defaultRole = options.defaultRole ?? UNRESERVED_ROLE;
  const roleReason = invalidRoleReason(defaultRole);
  if (roleReason !== undefined) throw parseFailure(`invalid default role '${defaultRole}': ${roleReason}`);
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (error) {
      throw parseFailure(`invalid resource JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    return resourcesFromJsonWithDefaultRole(json, defaultRole);
  }
  return normalizeChecked(splitEntries(trimmed).map((token) => parseEntry(token, defaultRole)));
}
