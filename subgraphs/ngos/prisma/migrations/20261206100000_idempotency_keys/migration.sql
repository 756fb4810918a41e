-- Answers of mutations sent with an Idempotency-Key, written in the mutation's own transaction, so a
-- resend to any gateway worker or replica gets the first answer and writes nothing (issue 8;
-- lib/graphql/idempotent-writes.ts). Rows older than IDEMPOTENCY_TTL_MS are deleted.
CREATE TABLE "idempotency_keys" (
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "request_hash" CHAR(64) NOT NULL,
    "status" INTEGER,
    "body" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotency_keys_pkey" PRIMARY KEY ("scope","key","request_hash")
);

-- CreateIndex
CREATE INDEX "idempotency_keys_created_at_idx" ON "idempotency_keys"("created_at");
