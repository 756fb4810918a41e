/**
 * Authorization declared in the SDL with the project's `@access` directive
 * and carried into the supergraph by `@composeDirective`:
 *
 *   directive @access(roles: [String!]!, nullWhenDenied: Boolean = false) on OBJECT | FIELD_DEFINITION
 *
 * `roles` lists who may read the type or field besides admin. It is enforced
 * twice: the gateway checks every field of an operation against the
 * supergraph before planning (checkOperationAccess), and each subgraph wraps
 * the resolvers of restricted fields (enforceAccessInSubgraph), so a gap in
 * one layer is caught by the other. A field with `nullWhenDenied: true` is
 * not refused at the gateway: the subgraph returns null for it with a
 * FORBIDDEN error.
 */
import {
  defaultFieldResolver,
  getNamedType,
  GraphQLError,
  isObjectType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ConstDirectiveNode,
  type GraphQLObjectType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { maybeCacheControlFromInfo } from '@apollo/cache-control-types';
import { hasRole, ROLES, type Role, type Viewer } from './viewer.js';

export interface AccessRule {
  roles: Role[];
  nullWhenDenied: boolean;
}

export interface AccessRules {
  types: Map<string, AccessRule>;
  fields: Map<string, AccessRule>;
}

function ruleFrom(directives: readonly ConstDirectiveNode[] | undefined, where: string): AccessRule | undefined {
  const directive = directives?.find((d) => d.name.value === 'access');
  if (!directive) return undefined;
  const rolesArg = directive.arguments?.find((a) => a.name.value === 'roles')?.value;
  const nullArg = directive.arguments?.find((a) => a.name.value === 'nullWhenDenied')?.value;
  const roles =
    rolesArg?.kind === Kind.LIST ? rolesArg.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : [])) : [];
  for (const role of roles) {
    if (!(ROLES as readonly string[]).includes(role) || role === 'public') {
      throw new Error(
        `@access on ${where} names unknown role "${role}"; use ${ROLES.filter((r) => r !== 'public').join(', ')}`,
      );
    }
  }
  return { roles: roles as Role[], nullWhenDenied: nullArg?.kind === Kind.BOOLEAN && nullArg.value };
}

/** The @access rules declared in an SDL document (a subgraph's or the supergraph). */
export function readAccessRules(document: DocumentNode): AccessRules {
  const rules: AccessRules = { types: new Map(), fields: new Map() };
  for (const definition of document.definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION
    ) {
      continue;
    }
    const typeName = definition.name.value;
    const typeRule = ruleFrom(definition.directives, typeName);
    if (typeRule) rules.types.set(typeName, typeRule);
    for (const field of definition.fields ?? []) {
      const coordinate = `${typeName}.${field.name.value}`;
      const fieldRule = ruleFrom(field.directives, coordinate);
      if (fieldRule) rules.fields.set(coordinate, fieldRule);
    }
  }
  return rules;
}

export function forbidden(coordinate: string, rule: AccessRule, viewer: Viewer): GraphQLError {
  const allowed = [...rule.roles, 'admin'].join(' or ');
  const who = viewer.role === 'public' ? 'an anonymous caller' : `role ${viewer.role}`;
  return new GraphQLError(`${coordinate} is open only to ${allowed}; the request was made as ${who}.`, {
    extensions: { code: 'FORBIDDEN', field: coordinate },
  });
}

/** The rules that apply to a field: its own and its type's (reading any field of a restricted type needs the type's roles). */
function rulesFor(
  rules: AccessRules,
  parentType: string,
  fieldName: string,
  returnType: string | undefined,
): [string, AccessRule][] {
  const found: [string, AccessRule][] = [];
  const own = rules.fields.get(`${parentType}.${fieldName}`);
  if (own) found.push([`${parentType}.${fieldName}`, own]);
  const parent = rules.types.get(parentType);
  if (parent) found.push([parentType, parent]);
  // A field returning a restricted type needs the type's roles, unless the field has a rule of its own.
  const returned = !own && returnType ? rules.types.get(returnType) : undefined;
  if (returned) found.push([`${parentType}.${fieldName}`, returned]);
  return found;
}

/**
 * The gateway's check, before planning: every field the operation selects,
 * fragments included. Returns the errors for fields the viewer may not read
 * and that must be refused (not those marked nullWhenDenied).
 */
export function checkOperationAccess(
  schema: GraphQLSchema,
  document: DocumentNode,
  rules: AccessRules,
  viewer: Viewer,
): GraphQLError[] {
  if (viewer.role === 'admin' || (rules.fields.size === 0 && rules.types.size === 0)) return [];
  const typeInfo = new TypeInfo(schema);
  const errors = new Map<string, GraphQLError>();
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const fieldType = typeInfo.getType();
        if (!parent) return;
        const returned = fieldType ? getNamedType(fieldType).name : undefined;
        for (const [coordinate, rule] of rulesFor(rules, parent.name, node.name.value, returned)) {
          if (!rule.nullWhenDenied && !hasRole(viewer, rule.roles) && !errors.has(coordinate)) {
            errors.set(coordinate, forbidden(coordinate, rule, viewer));
          }
        }
      },
    }),
  );
  return [...errors.values()];
}

/** A reference resolver (`__resolveReference`), as @apollo/subgraph keeps it in the type's extensions. */
type ReferenceResolver = (reference: object, context: { viewer?: Viewer }, info: unknown) => unknown;
interface SubgraphExtensions {
  apollo?: { subgraph?: { resolveReference?: ReferenceResolver } };
}

/**
 * The gateway fetches an entity from a subgraph with `_entities`, which
 * resolves a restricted type through its reference resolver before any field:
 * the type's rule is checked there too, so a caller without the role gets
 * FORBIDDEN without the row being read.
 */
function guardReferences(type: GraphQLObjectType, rule: AccessRule): void {
  const extensions = type.extensions as SubgraphExtensions;
  const resolveReference = extensions.apollo?.subgraph?.resolveReference ?? ((reference: object) => reference);
  const guarded: ReferenceResolver = (reference, context, info) => {
    const viewer = context.viewer ?? { role: 'public', subject: null, organization: null };
    if (!hasRole(viewer, rule.roles)) throw forbidden(type.name, rule, viewer);
    return resolveReference(reference, context, info);
  };
  (type as { extensions: SubgraphExtensions }).extensions = {
    ...extensions,
    apollo: { ...extensions.apollo, subgraph: { ...extensions.apollo?.subgraph, resolveReference: guarded } },
  };
}

/** The subgraph's check: wraps the resolver of every restricted field (and every field of a restricted type). */
export function enforceAccessInSubgraph(schema: GraphQLSchema, rules: AccessRules): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const typeRule = rules.types.get(type.name);
    if (typeRule) guardReferences(type, typeRule);
    for (const field of Object.values(type.getFields())) {
      const applicable = rulesFor(rules, type.name, field.name, getNamedType(field.type).name);
      if (!applicable.length) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: { viewer?: Viewer }, info) => {
        // What @access guards is never kept by a cache (the gateway's response cache reads this hint).
        maybeCacheControlFromInfo(info)?.setCacheHint({ maxAge: 0, scope: 'PRIVATE' });
        const viewer = context.viewer;
        for (const [coordinate, rule] of applicable) {
          if (!viewer || !hasRole(viewer, rule.roles)) {
            throw forbidden(coordinate, rule, viewer ?? { role: 'public', subject: null, organization: null });
          }
        }
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
