// GOV.UK Frontend only styles and initialises JavaScript components when the body says they are supported.
document.body.className += ` js-enabled${'noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : ''}`;
