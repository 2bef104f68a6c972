// Every word the guide shows in English, keyed from the flows. Edit words here; the flows only
// name keys. Voice (CONTENT.md): plain UK English, short sentences, one idea per message, never
// blame the parent, never promise an outcome.
export const en: Record<string, string> = {
  // Offered by the engine on every screen
  'choice.danger': "I'm in danger now",
  'choice.menu': 'Ask about something else',
  'engine.say.cannot': 'I can only follow the choices below for now. Pick the one closest to what you need.',

  // Main menu
  'menu.main.welcome':
    'This guide explains what happens when children’s social care is involved and there is domestic abuse.',
  'menu.main.ask': 'What would you like help with?',
  'menu.choice.about': 'About this guide',
  'menu.about.what':
    'This guide gives general information. It is not legal advice and it does not know your case.',
  'menu.about.england': 'It describes how things work in England. Wales has its own procedures.',
  'menu.about.exit':
    'Quick exit takes you to another website at once. It does not clear your browser history.',

  // Topic 1: danger now
  'danger.now.call999': 'If you or your children are in danger now, call 999.',
  'danger.now.silent': 'If you cannot speak, call 999 and then press 55 when asked.',
  'danger.now.helpline':
    'If you are not in danger right now but you are scared, call the National Domestic Abuse Helpline. It is free and open 24 hours.',
  'danger.choice.cant-speak': 'I can’t speak on the phone',
  'danger.choice.not-right-now': 'I’m not in danger right now, but I’m scared',

  'danger.silent.mobile':
    'On a mobile, call 999. If you cannot speak, cough or tap the phone. When asked, press 55. You will be put through to the police.',
  'danger.silent.location': 'Pressing 55 does not tell the police where you are.',
  'danger.silent.landline':
    'From a landline, stay on the line. A silent call is put through to the police. If you put the phone down, the line stays open for 45 seconds.',
  'danger.silent.trace':
    'A call shows in your phone’s call history and may show on the bill. Think about who can see them.',

  'danger.scared.helpline':
    'The National Domestic Abuse Helpline is free and open 24 hours. They will listen and help you think about what to do.',
  'danger.scared.ask': 'Would you like to think about staying safe?',
  'danger.choice.safety-plan': 'Help me think about staying safe',

  'danger.safetyPlan.risks':
    'Whether you stay in the relationship or leave, there are risks to think about. A safety plan helps you get ready.',
  'danger.safetyPlan.helpline':
    'The helpline can make a safety plan with you. Call when it is safe to talk.',
};
