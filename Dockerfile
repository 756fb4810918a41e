# syntax=docker/dockerfile:1
#
# One image for all four civic-graph services, running the compiled
# JavaScript (`npm run build`, dist/) with plain node. The default command
# starts the gateway; docker-compose.yml overrides the command for each subgraph:
#
#   node dist/gateway/src/index.js                 (gateway,  port 4000)
#   node dist/subgraphs/<name>/src/index.js         (ngos 4001, councils 4002, partners 4003)
#
# Also in the image: `node dist/scripts/sync.js` (the open-data sources),
# `node dist/scripts/import-iati.js` and `import-rates.js` (real IATI data and
# official rates) and `node dist/scripts/token.js` (tokens signed with
# AUTH_JWT_SECRET, for evaluating the stack). The demo generator and its packages are left out
# unless the image is built with `--build-arg DEMO_DATA=auto` (compose does
# so when DEMO_DATA=auto is set). Configuration is by environment only
# (see lib/config.ts).

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------
# deps: every package (the build needs TypeScript) and the generated Prisma clients.
# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app

# Only what `npm ci` and its postinstall (`node scripts/prisma.mjs generate`)
# read, so this layer is rebuilt when the dependencies or a Prisma schema
# change, not on every source edit. If the postinstall ever reads more files,
# copy them here too.
COPY package.json package-lock.json ./
COPY scripts/prisma.mjs scripts/
COPY subgraphs/ngos/prisma.config.ts subgraphs/ngos/
COPY subgraphs/ngos/prisma subgraphs/ngos/prisma
COPY subgraphs/councils/prisma.config.ts subgraphs/councils/
COPY subgraphs/councils/prisma subgraphs/councils/prisma
COPY subgraphs/partners/prisma.config.ts subgraphs/partners/
COPY subgraphs/partners/prisma subgraphs/partners/prisma

# NODE_ENV is deliberately unset here: the postinstall needs the prisma CLI,
# a devDependency, which `npm ci` would skip under NODE_ENV=production.
RUN npm ci --no-audit --no-fund && npm cache clean --force

# ---------------------------------------------------------------------------
# build: TypeScript compiled to dist/ (types checked).
# ---------------------------------------------------------------------------
FROM deps AS build
ARG DEMO_DATA=off
COPY tsconfig.json tsconfig.build.json ./
COPY lib lib
COPY gateway gateway
COPY scripts scripts
COPY sync sync
COPY demo demo
# .dockerignore keeps the host's generated clients out, so the ones
# generated in `deps` stay.
COPY subgraphs subgraphs
RUN npm run build \
 && if [ "$DEMO_DATA" != "auto" ]; then rm -rf dist/demo dist/scripts/seed.js; fi

# ---------------------------------------------------------------------------
# production packages: dev packages pruned (tsx, TypeScript, the Prisma CLI,
# embedded-postgres, faker); faker kept only for an image with the demo.
# ---------------------------------------------------------------------------
FROM deps AS production-deps
ARG DEMO_DATA=off
RUN cp -r node_modules/@faker-js /tmp/faker-js \
 && npm prune --omit=dev --no-audit --no-fund \
 && if [ "$DEMO_DATA" = "auto" ]; then cp -r /tmp/faker-js node_modules/@faker-js; fi \
 && rm -rf /tmp/faker-js \
 && npm cache clean --force

# ---------------------------------------------------------------------------
# runtime
# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE}

# HOST: a container must listen on all its interfaces to be reachable; the
# project default (127.0.0.1) is for development on a workstation.
# NO_UPDATE_NOTIFIER, CHECKPOINT_DISABLE: no update checks or telemetry (npm,
# Prisma) from a server process.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    NO_UPDATE_NOTIFIER=1 \
    CHECKPOINT_DISABLE=1

WORKDIR /app

# The code is owned by root and only readable by the service user, so a
# compromised process cannot rewrite it. Besides the compiled code, the
# services read the SDL files, the composed supergraph and the migrations.
COPY package.json ./
COPY --from=production-deps /app/node_modules node_modules
COPY schema/supergraph.graphql schema/
COPY schema/shared schema/shared
# The explorer's initial query and the dashboard's operations, and the dashboard page.
COPY examples examples
COPY gateway/dashboard gateway/dashboard
COPY subgraphs/ngos/schema.graphql subgraphs/ngos/
COPY subgraphs/ngos/prisma/migrations subgraphs/ngos/prisma/migrations
COPY subgraphs/councils/schema.graphql subgraphs/councils/
COPY subgraphs/councils/prisma/migrations subgraphs/councils/prisma/migrations
COPY subgraphs/partners/schema.graphql subgraphs/partners/
COPY subgraphs/partners/prisma/migrations subgraphs/partners/prisma/migrations
# The open-data sync's dataset mapping (EGOV_MAPPING_FILE), read by `node dist/scripts/sync.js egov`.
COPY sync/egov-datasets.yaml sync/
COPY --from=build /app/dist dist

# `node` (uid 1000) comes with the official image.
USER node

EXPOSE 4000 4001 4002 4003

CMD ["node", "dist/gateway/src/index.js"]
