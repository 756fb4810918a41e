/**
 * The Civil Forum of Kazakhstan, held every two years: the 10th, 11th and
 * 12th editions and their discussion platforms. The 12th had 22 platforms,
 * one on the partnership with international organizations.
 */
import { FORUM_DATE } from './anchor.js';
import { DEMO_FIGURES } from './figures.js';
import type { Random } from './random.js';
import type { CivilForumRow, DiscussionPlatformRow } from './types.js';

interface Platform {
  topic: string;
  title: string;
}

const p = (topic: string, title: string): Platform => ({ topic, title });

/** The 12th forum's platforms in order; the earlier editions had some of them. */
export const PLATFORMS: readonly Platform[] = [
  p('SOCIAL_PROTECTION', 'Социальная защита и инклюзия: вклад НПО'),
  p('ENVIRONMENT', 'Экология и климат: общественный контроль'),
  p('DIGITALIZATION', 'Цифровизация и гражданское участие'),
  p('LEGAL_EDUCATION', 'Правовое просвещение и доступ к правосудию'),
  p('INTERNATIONAL_PARTNERSHIP', 'Партнёрство гражданского общества с международными организациями'),
  p('SDG_LOCALIZATION', 'Цели устойчивого развития: пять лет до 2030 года, решения на местах'),
  p('PUBLIC_COUNCILS', 'Общественные советы: от региональных инициатив к национальным решениям'),
  p('STATE_SOCIAL_ORDER', 'Государственный социальный заказ и гранты для НПО'),
  p('YOUTH_AND_VOLUNTEERING', 'Молодёжь и волонтёрство'),
  p('GENDER_EQUALITY', 'Гендерное равенство и защита от насилия'),
  p('CHILDREN_RIGHTS', 'Права детей'),
  p('DISABILITY_INCLUSION', 'Инклюзия лиц с инвалидностью'),
  p('PUBLIC_HEALTH', 'Общественное здоровье'),
  p('EDUCATION_AND_SCIENCE', 'Образование и наука'),
  p('CULTURE_AND_INTERETHNIC_HARMONY', 'Культура, язык и межэтническое согласие'),
  p('RURAL_DEVELOPMENT', 'Развитие села и местное самоуправление'),
  p('MEDIA_LITERACY', 'СМИ, медиаграмотность и доступ к информации'),
  p('ANTI_CORRUPTION', 'Противодействие коррупции и общественный мониторинг'),
  p('HUMAN_RIGHTS', 'Права человека и диалоговые площадки'),
  p('PHILANTHROPY', 'Благотворительность и филантропия'),
  p('NGO_SUSTAINABILITY', 'Институциональное развитие и устойчивость НПО'),
  p('ACTIVE_AGEING', 'Активное долголетие и поддержка ветеранов'),
];

/**
 * Editions and days. The forum is biennial, so the 10th and 11th fell in 2021
 * and 2023; their exact days are, like FORUM_DATE, our assumption. The capital
 * was called Nur-Sultan from 2019 to September 2022.
 */
const EDITIONS = [
  { edition: 10, roman: 'X', city: 'Нур-Султан', heldOn: '2021-11-19', platforms: 12 },
  { edition: 11, roman: 'XI', city: 'Астана', heldOn: '2023-11-17', platforms: 16 },
  { edition: 12, roman: 'XII', city: 'Астана', heldOn: FORUM_DATE, platforms: DEMO_FIGURES.forumPlatforms },
];

export function generateForums(random: Random): {
  civilForums: CivilForumRow[];
  discussionPlatforms: DiscussionPlatformRow[];
} {
  const civilForums: CivilForumRow[] = [];
  const discussionPlatforms: DiscussionPlatformRow[] = [];
  for (const edition of EDITIONS) {
    const forum: CivilForumRow = {
      id: random.string.uuid(),
      edition: edition.edition,
      title: `${edition.roman} Гражданский форум Казахстана`,
      city: edition.city,
      heldOn: edition.heldOn,
    };
    civilForums.push(forum);
    // The latest edition has them all; earlier ones a subset, in the same order.
    const chosen =
      edition.platforms >= PLATFORMS.length
        ? PLATFORMS
        : random.helpers
            .arrayElements(PLATFORMS, edition.platforms)
            .sort((a, b) => PLATFORMS.indexOf(a) - PLATFORMS.indexOf(b));
    chosen.forEach((platform, i) => {
      discussionPlatforms.push({
        id: random.string.uuid(),
        forumId: forum.id,
        position: i + 1,
        title: platform.title,
        topic: platform.topic,
      });
    });
  }
  return { civilForums, discussionPlatforms };
}
