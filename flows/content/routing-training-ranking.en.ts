// More labelled messages for the answers cross-validation most often ranked outside the top 3
// (issue 12's "right state in the top 3"): working with the social worker, being blamed for
// reporting, being told he must leave, the first contact from social care, the conference's
// parts. New wording written for this purpose in the seeds' voices, not copies of the
// messages that were missed; none is from a test or a held-out set. Merged with the other
// training files label by label (routing.en.ts).
export const rankingTrainingEn: Readonly<Record<string, readonly string[]>> = {
  'social-worker-contact.workWith': [
    'how do i show the social worker im doing my best',
    'what can i do to get the social worker on my side',
    'i want to be open with my sw but i dont know where to start',
    'is it better to just agree with everything the social worker says',
  ],
  'scared-to-report.heldAgainst': [
    'if i open up about the abuse will they think im an unfit mum',
    'worried my honesty about him will end up in their report against me',
    'will telling them about the violence make them more likely to take the kids',
  ],
  'leave-or-remove.start': [
    'the social worker gave me a choice him or the children',
    'they say the kids can only stay with me if he moves out',
    'ive been told to split up with my partner or theyll go to court',
  ],
  'leave-or-remove.dontAgree': [
    'i dont see why he has to move out hes never touched the kids',
    'they want us to separate but i think were fine together',
    'i dont accept that my husband is a risk',
  ],
  'leave-or-remove.consequences': [
    'what do they do if i carry on seeing him against their advice',
    'can they take it to court if i dont follow what they said',
    'what happens next if i ignore the social worker',
  ],
  'social-worker-contact.start': [
    'why would social services get in touch with me out of the blue',
    'a social worker left a card through my door what does it mean',
    'the police passed my details to social care after the incident, why',
  ],
  'social-worker-contact.expect': [
    'what does a social worker do on a home visit',
    'will the social worker want to look round my house and talk to the kids alone',
  ],
  'what-counts-as-abuse.whoMustChange': [
    'why am i the one doing courses when he caused all this',
    'nobody is asking him to change, only me',
    'how come the plan is all about what i must do and nothing about him',
  ],
  'conference.sharing': [
    'i want the people at the conference to hear what i think, how do i do that',
    'can i write down what i want to say and read it out at the meeting',
  ],
  'conference.whatItIs': [
    'what actually is a child protection conference',
    'whats the point of a cp conference, what is it for',
    'ive been invited to a child protection conference, what is that',
  ],
  'conference.bringSomeone': [
    'am i allowed a supporter with me at the meeting',
    'can my sister come to the conference with me',
  ],
  'conference.chair': [
    'who is in charge of the meeting about my kids',
    'is the person running the conference independent',
  ],
  'delays.whatToDo': [
    'the parenting course they said id go on still hasnt been booked',
    'i was promised a referral for counselling months ago and heard nothing',
  ],
  'delays.start': [
    'the professionals arent doing what they said they would',
    'i keep doing my part but the agencies keep letting us down',
  ],
  'leaving-safely.scared': [
    'i want to end it but im frightened of what he will do when i tell him',
    'ending things with him feels too dangerous',
  ],
  'leaving-safely.toldToLeave': [
    'the social worker wants me to flee with the kids but i dont feel safe leaving',
    'they keep pushing me to go into a refuge but thats when hes most dangerous',
  ],
  'social-worker-problems.dontGetAlong': [
    'me and my social worker just clash every time',
    'i feel like my social worker has it in for me',
  ],
  'danger.scared': [
    'im safe at the moment but i cant stop feeling frightened of him',
    'i jump every time my phone goes even though hes gone',
  ],
  'support.lgbt': [
    'my wife is the one who hurts me, is there a service for women in same sex relationships',
    'im a gay man and my partner abuses me where do i go',
  ],
};
