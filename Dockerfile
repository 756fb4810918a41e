# syntax=docker/dockerfile:1
#
# One image for all four civic-graph services. The default command starts the
# gateway; docker-compose.yml overrides the command for each subgraph:
#
#   node_modules/.bin/tsx gateway/src/index.ts            (gateway,  port 4000)
#   node_modules/.bin/tsx subgraphs/<name>/src/index.ts    (ngos 4001, councils 4002, partners 4003)
#
# TypeScript runs directly through tsx (a runtime dependency): there is no
# compile step. Configuration is by environment only (see lib/config.ts).

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------
# deps: node_modules with the generated Prisma clients, without dev packages.
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
# a devDependency, which `npm ci` would skip under NODE_ENV=production. The
# dev packages are pruned once the clients are generated (the generated code
# only needs @prisma/client and @prisma/adapter-pg, which are dependencies).
RUN npm ci --no-audit --no-fund \
 && npm prune --omit=dev --no-audit --no-fund \
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
# compromised process cannot rewrite it. tsx keeps its cache in /tmp.
COPY --from=deps /app/node_modules node_modules
COPY --from=deps /app/subgraphs/ngos/src/generated subgraphs/ngos/src/generated
COPY --from=deps /app/subgraphs/councils/src/generated subgraphs/councils/src/generated
COPY --from=deps /app/subgraphs/partners/src/generated subgraphs/partners/src/generated
COPY . .

# `node` (uid 1000) comes with the official image.
USER node

EXPOSE 4000 4001 4002 4003

CMD ["node_modules/.bin/tsx", "gateway/src/index.ts"]
