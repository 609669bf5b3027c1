/** The built-in briefing templates' texts in English (data: a goal's full briefing, a type's sections, the common parts). */
import type { TemplateTexts } from './types';

export const en: TemplateTexts = {
  common: {
    tone: [
      '- Personal, honest and **in your own words** – you know your community best.',
      '- Positive but not over the top: real experience instead of advertising speak.',
      '- Relaxed and approachable, humour welcome; talk to your followers the way you always do.',
      '- No script to read out: our points are guard rails, not lines to recite.',
    ].join('\n'),
    disclosure: [
      'This content is advertising and must be **clearly labelled from the very start** – also if you "only" received a free product (German law: § 5a UWG, § 22 MStV).',
      '',
      '- Put **{disclosure}** at the **start** of the caption – not hidden among other hashtags or below "more".',
      '- Also switch on the platform\'s label ("Paid partnership", "Branded content", "Includes paid promotion").',
      '- Stories and Reels: label it **on screen**, in every story frame, clearly legible.',
      '- Videos: say it out loud at the beginning, too.',
      '- German-language posts need **#werbung** or **#anzeige**; *#ad*, *#sponsored*, "thanks to …" or a label in the comments only are not enough there.',
    ].join('\n'),
    approval: [
      '1. Send us your draft (caption plus images or video, as a link or file) **at least 3 working days before** the planned post.',
      '2. We reply within **2 working days** – usually only about facts, product names and the disclosure, not your style.',
      '3. At most **one round of changes**; after that the post counts as approved.',
      '4. Publish only after our approval (an e-mail or DM is enough).',
      '5. Send us the link on the day it goes live and, **after 7 days**, screenshots of your insights (reach, impressions, interactions, link clicks).',
    ].join('\n'),
    usageRights: [
      '- We may **share and repost** your content on our own channels (social media, website, newsletter), crediting you, for **12 months** from publication.',
      '- Use in **paid advertising** (ads, whitelisting, Spark Ads) only by separate agreement and payment.',
      '- No edits beyond cropping and subtitles without your consent.',
      '- The post stays online for at least **6 months** and is not archived or deleted in that time.',
    ].join('\n'),
    contact: [
      '**{brand}** – your contact: [name]',
      '',
      'E-mail: [address] · Phone/WhatsApp: [number]',
      '',
      'Available Monday to Friday, 9 am to 5 pm (CET). If in doubt about the product or the disclosure, ask us – better once too often.',
    ].join('\n'),
    donts: [
      '- No health or efficacy claims ("makes you slim", "cures", "boosts your immune system") – for food and cosmetics only approved claims are allowed.',
      '- No comparisons with other brands and no criticism of competitors.',
      '- No prices that may change – point to the shop instead.',
      '- No music without a licence for commercial use (use the platform\'s business music library).',
      '- Do not publish anything that has not been approved.',
      '- No bought likes, followers or engagement pods.',
    ].join('\n'),
  },
  goals: {
    awareness: {
      name: 'Awareness',
      description: 'New people get to know the brand – reach and a likeable first impression.',
      goals: [
        'We want to introduce **{brand}** and **{product}** to people who do not know us yet but would like what we do.',
        '',
        'This is not about the quick sale but about an honest, likeable first impression: who we are, what we stand for – and why it is worth following us.',
      ].join('\n'),
      keyMessage: [
        '**{product}** fits into your everyday life – and {brand} stands for quality you can feel.',
        '',
        'If your followers remember one thing after your post, it should be: *this brand is genuine, I will take a look.*',
      ].join('\n'),
      dos: [
        '- Show {product} in your **real everyday life** – working out, on the go, at home.',
        '- Tell briefly what you like about {brand} and how you came across us.',
        '- Tag our profile in the image **and** in the caption.',
        '- End with a clear call to action: "Check out …".',
        '- Reply to comments in the first hours – it helps the reach.',
      ].join('\n'),
      hashtags: [
        '- Mandatory, at the very start: **{disclosure}**',
        '- Tag: @[our profile]',
        '- Campaign hashtag: #[campaign hashtag]',
        '- 2–4 of your own fitting hashtags are welcome – no more.',
      ].join('\n'),
      deliverables: [
        '- 1 Reel (15–45 seconds) **or** 1 feed post (carousel with at least 3 images)',
        '- 3 stories with a tag, spread over 1–2 days',
        '',
        'Exactly what you deliver and by when is in your personal part of this briefing.',
      ].join('\n'),
      kpis: [
        '- Reach and impressions',
        '- New followers on our profile',
        '- Saves and shares',
        '',
        'Please send us screenshots of your insights 7 days after publication.',
      ].join('\n'),
    },
    launch: {
      name: 'Product launch',
      description: 'Show a new product with many creators at once on launch day – with an embargo.',
      goals: [
        '**{product}** is new – and you are among the first to show it.',
        '',
        'The goal of "{campaign}": reach as many people as possible at the same time on launch day, spark curiosity and lead those interested straight to the shop.',
      ].join('\n'),
      keyMessage: [
        '**New from {brand}: {product}.**',
        '',
        '- What is new or different?',
        '- Who is it made for?',
        '- From when and where can you get it?',
        '',
        'Your post should answer these three questions – in your own words.',
      ].join('\n'),
      dos: [
        '- **Respect the embargo:** nothing before launch day; teasers only by agreement and without the product name.',
        '- Show the unboxing and your first impression – spontaneous beats perfect.',
        '- Use the correct product name: **{product}**.',
        '- On launch day add a link sticker or put the link in your bio.',
        '- Answer your community\'s questions; what you do not know, ask us.',
      ].join('\n'),
      hashtags: [
        '- Mandatory, at the very start: **{disclosure}**',
        '- Tag: @[our profile]',
        '- Launch hashtag: #[launch hashtag]',
      ].join('\n'),
      deliverables: [
        '- 1–2 teaser stories **the day before launch** (without the product name)',
        '- 1 Reel or feed post **on launch day**',
        '- 3 stories with a link sticker on launch day',
        '- 1 reminder story within the first week',
      ].join('\n'),
      kpis: [
        '- Reach on launch day',
        '- Link clicks and shop visits',
        '- Orders with your code in the first 14 days',
      ].join('\n'),
    },
    ugc: {
      name: 'UGC (content for our channels)',
      description: 'Authentic photos and videos the brand uses itself – also in ads.',
      goals: [
        'We need **authentic photos and videos** of {product} that we use on our own channels, in the shop and in ads.',
        '',
        'Posting on your own channel is **not** part of this collaboration unless agreed in your personal part.',
      ].join('\n'),
      keyMessage: [
        '{product} in real life: easy, high quality, likeable.',
        '',
        'Show **one concrete moment** in which the product helps – rather than listing every feature.',
      ].join('\n'),
      dos: [
        '- **Portrait 9:16**, good daylight, steady camera.',
        '- The first 2 seconds decide: start with a strong hook.',
        '- Product and logo clearly visible, but not only pack shots.',
        '- Deliver raw footage **without music and text overlays** as well as the finished version.',
        '- Files in full resolution via a link (WeTransfer, Google Drive or similar).',
      ].join('\n'),
      hashtags: [
        '- No hashtags needed for the raw material.',
        '- If you also post on your channel: **{disclosure}** at the very start and tag @[our profile].',
      ].join('\n'),
      deliverables: [
        '- 3 portrait videos (15–30 seconds), 1 of them a spoken testimonial',
        '- 5 photos (product in use, at least 2 with a person)',
        '- Raw footage without music and overlays',
      ].join('\n'),
      kpis: [
        '- Quality and usability of the material (light, sound, focus, hook)',
        '- Performance of the content in our ads (click rate, cost per purchase)',
      ].join('\n'),
      usageRights: [
        '- You grant us the right to use the content **organically and in paid advertising** (social media, website, shop, newsletter) for **12 months** from delivery, in all EU countries and Switzerland.',
        '- We may crop and subtitle the content and add text or music; we do not change its meaning.',
        '- We discuss an extension in good time before it expires – it is paid separately.',
        '- We credit you wherever the format allows.',
      ].join('\n'),
    },
    sales: {
      name: 'Sales',
      description: 'Sales through personal voucher codes and tracking links.',
      goals: [
        'The goal of "{campaign}" is **sales**: your community buys {product} with your personal voucher code or through your link.',
        '',
        'We attribute every order to you through the code and the link – so we both see what your recommendation achieves.',
      ].join('\n'),
      keyMessage: [
        '**{product} – now cheaper with your code.**',
        '',
        'Tell why you use it yourself and make it easy for your community: code, link, validity – that is all it takes.',
      ].join('\n'),
      dos: [
        '- Show your **code clearly legible** in the image and in the caption.',
        '- Use your **tracking link** in stories (link sticker) and in your bio – not the plain shop link.',
        '- Mention **how long** the code is valid.',
        '- Post a reminder story shortly before it expires ("only 2 days left").',
        '- Show the product in use, not only the packaging.',
      ].join('\n'),
      hashtags: [
        '- Mandatory, at the very start: **{disclosure}**',
        '- Tag: @[our profile]',
        '- No further discount or deal hashtags.',
      ].join('\n'),
      deliverables: [
        '- 1 Reel or feed post with your code',
        '- 3 stories with link sticker and code',
        '- 1 reminder story before the code expires',
      ].join('\n'),
      kpis: [
        '- Orders and revenue with your code',
        '- Clicks on your tracking link',
        '- Conversion rate (orders per click)',
      ].join('\n'),
    },
    community: {
      name: 'Community & challenge',
      description: 'A join-in campaign in which the community creates content itself.',
      goals: [
        'With "{campaign}" we start a **join-in campaign**: your community takes part, posts for themselves and becomes part of {brand}.',
        '',
        'Success here means many people joining, commenting and sharing their posts with the campaign hashtag.',
      ].join('\n'),
      keyMessage: [
        '**Join in!** Easy, doable, together – with {product} along the way.',
        '',
        'The rules must fit into one sentence.',
      ].join('\n'),
      dos: [
        '- Explain the campaign **in one sentence** and show how you take part yourself.',
        '- Explicitly invite people to join and name the campaign hashtag.',
        '- Share your community\'s posts in your stories.',
        '- Reply to comments and questions – especially in the first 24 hours.',
        '- For a giveaway: link the terms (the organiser is {brand}, not the platform).',
      ].join('\n'),
      hashtags: [
        '- Mandatory, at the very start: **{disclosure}**',
        '- Campaign hashtag: #[challenge hashtag] – in every post',
        '- Tag: @[our profile]',
      ].join('\n'),
      deliverables: [
        '- 1 Reel at the start (the rules + you taking part)',
        '- Stories during the campaign, at least twice a week',
        '- 1 closing story thanking the community',
      ].join('\n'),
      kpis: [
        '- Number of posts with the campaign hashtag',
        '- Comments and shares',
        '- Engagement rate of your posts',
      ].join('\n'),
    },
  },
  types: {
    product_test: {
      name: 'Product test',
      description: 'An honest test over some weeks; paid mainly in products.',
      sections: {
        dos: [
          '- Test {product} for **at least 2 weeks** before you publish.',
          '- Share your **honest opinion** – including what you like less. Feel free to talk criticism through with us first so we can answer questions.',
          '- Show before/after or your everyday life with the product, not only the packaging.',
        ].join('\n'),
        deliverables: ['- 1 feed post or Reel with your verdict', '- 2–3 stories during the test'].join('\n'),
        compensation: 'You receive the test products free of charge and may keep them. A free product is a consideration, too – so the post must be labelled as advertising.',
      },
    },
    challenge: {
      name: 'Challenge',
      description: 'A join-in challenge over several days with a campaign hashtag.',
      sections: {
        dos: [
          '- Take part **visibly yourself** – a short update every day.',
          '- Explain the rules in one sentence and name the hashtag in every post.',
          '- Share your community\'s posts and cheer them on.',
        ].join('\n'),
        deliverables: ['- 1 Reel at the start', '- a daily story during the challenge', '- 1 closing post with the result'].join('\n'),
      },
    },
    takeover: {
      name: 'Takeover',
      description: 'You take over our channel for a day.',
      sections: {
        deliverables: ['- 1 day story takeover on our channel (8–15 stories)', '- 1 announcement story on your channel the day before'].join('\n'),
        approval: [
          '1. We agree on the schedule and topics with you **one week before**.',
          '2. You get collaborator access; we do not share passwords.',
          '3. Do not answer customer requests (orders, complaints) – forward them to us.',
          '4. What you post on our channel along the agreed plan counts as approved – please stick to it.',
        ].join('\n'),
      },
    },
    giveaway: {
      name: 'Giveaway',
      description: 'A giveaway on your channel; the brand provides the prizes.',
      sections: {
        deliverables: ['- 1 giveaway post (feed post or Reel)', '- 2 stories pointing to the giveaway', '- 1 story announcing the winners'].join('\n'),
        extraNotes: [
          '**Giveaway rules**',
          '',
          '- The organiser is **{brand}**; we send you the link to the terms.',
          '- The post states: closing date and time, the prize, the terms (link), and that the platform is not involved.',
          '- No "loop" giveaways that require following several accounts; tagging friends is fine.',
          '- You draw the winners fairly and pass them on to us; we keep names and addresses only for shipping.',
        ].join('\n'),
      },
    },
    co_creation: {
      name: 'Co-creation',
      description: 'Developing a product or edition together.',
      sections: {
        deliverables: ['- 2 workshops (online) to develop it together', '- Accompanying content about the making-of (stories)', '- 1 launch Reel for the joint edition'].join('\n'),
        usageRights: [
          '- We may use your name and image for the joint edition on packaging, in the shop and in advertising – for as long as the edition is on sale.',
          '- Until launch, product, dates and figures are **confidential**.',
          '- Details (revenue share, term) are set out in the separate contract.',
        ].join('\n'),
      },
    },
    sponsored_post: {
      name: 'Sponsored post',
      description: 'A classic paid post with a fixed fee.',
      sections: {
        deliverables: ['- 1 Reel or feed post', '- 3 stories with a link sticker'].join('\n'),
        compensation: 'The fee is due once all content is live. Please send your invoice with your tax number or VAT ID; we pay within **14 days**.',
      },
    },
    affiliate: {
      name: 'Affiliate',
      description: 'Commission on sales through your code or link.',
      sections: {
        compensation: [
          'You receive a **commission** on the revenue (excluding shipping, after returns) made through your code or tracking link.',
          '',
          '- Settled **monthly** with an overview of the orders',
          '- Paid out from a balance of €25, against an invoice or credit note',
        ].join('\n'),
        dos: ['- Mention code and link regularly, not just once.', '- Use only your own code and link.', '- Do not publish codes on voucher sites.'].join('\n'),
      },
    },
  },
};
