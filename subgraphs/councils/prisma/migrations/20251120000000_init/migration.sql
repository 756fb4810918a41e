-- CreateEnum
CREATE TYPE "CouncilLevel" AS ENUM ('REPUBLICAN', 'LOCAL');

-- CreateEnum
CREATE TYPE "LocalTerritory" AS ENUM ('REGION', 'CITY', 'DISTRICT');

-- CreateEnum
CREATE TYPE "MemberRole" AS ENUM ('CHAIR', 'DEPUTY_CHAIR', 'SECRETARY', 'MEMBER');

-- CreateEnum
CREATE TYPE "ProjectOutcome" AS ENUM ('SUPPORTED', 'SUPPORTED_WITH_REMARKS', 'RETURNED_FOR_REVISION', 'REJECTED');

-- CreateTable
CREATE TABLE "public_councils" (
    "id" UUID NOT NULL,
    "name_ru" TEXT NOT NULL,
    "name_kk" TEXT,
    "name_en" TEXT,
    "level" "CouncilLevel" NOT NULL,
    "territory" "LocalTerritory",
    "formed_by" TEXT NOT NULL,
    "region_code" VARCHAR(5),
    "formed_on" DATE NOT NULL,

    CONSTRAINT "public_councils_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "council_members" (
    "id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "full_name" TEXT NOT NULL,
    "role" "MemberRole" NOT NULL DEFAULT 'MEMBER',
    "ngo_id" UUID,
    "email" TEXT,
    "phone" TEXT,
    "appointed_on" DATE NOT NULL,

    CONSTRAINT "council_members_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "council_projects" (
    "id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "field" VARCHAR(40) NOT NULL,
    "considered_on" DATE NOT NULL,
    "outcome" "ProjectOutcome" NOT NULL,

    CONSTRAINT "council_projects_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "civil_forums" (
    "id" UUID NOT NULL,
    "edition" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "held_on" DATE NOT NULL,

    CONSTRAINT "civil_forums_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "discussion_platforms" (
    "id" UUID NOT NULL,
    "forum_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "topic" VARCHAR(40) NOT NULL,

    CONSTRAINT "discussion_platforms_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "public_councils_region_code_level_idx" ON "public_councils"("region_code", "level");

-- CreateIndex
CREATE INDEX "public_councils_level_idx" ON "public_councils"("level");

-- CreateIndex
CREATE INDEX "council_members_council_id_idx" ON "council_members"("council_id");

-- CreateIndex
CREATE INDEX "council_members_ngo_id_idx" ON "council_members"("ngo_id");

-- CreateIndex
CREATE INDEX "council_projects_council_id_considered_on_idx" ON "council_projects"("council_id", "considered_on");

-- CreateIndex
CREATE INDEX "council_projects_considered_on_idx" ON "council_projects"("considered_on");

-- CreateIndex
CREATE INDEX "council_projects_field_considered_on_idx" ON "council_projects"("field", "considered_on");

-- CreateIndex
CREATE UNIQUE INDEX "civil_forums_edition_key" ON "civil_forums"("edition");

-- CreateIndex
CREATE UNIQUE INDEX "discussion_platforms_forum_id_position_key" ON "discussion_platforms"("forum_id", "position");

-- AddForeignKey
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "public_councils"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "council_projects" ADD CONSTRAINT "council_projects_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "public_councils"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "discussion_platforms" ADD CONSTRAINT "discussion_platforms_forum_id_fkey" FOREIGN KEY ("forum_id") REFERENCES "civil_forums"("id") ON DELETE CASCADE ON UPDATE CASCADE;
