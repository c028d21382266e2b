#!/usr/bin/env node
// Validates Adaptive Cards with the official JavaScript SDK (adaptivecards 3.0.6), as Teams' renderer reads them.
// Usage: node tests/cards/validate.cjs cards.json   (a JSON array of {name, card}; "-" reads stdin)
// Prints one JSON line per card: {name, errors: [...]}; exit code 1 when any card has an error.
// An error is: a parse or validation event of the SDK (unknown element or action types, invalid values,
// duplicate ids, missing choices, ...), or a property of ours the SDK dropped when reading the card
// (Teams drops unknown properties silently, so a typo would otherwise go unnoticed).
// No DOM shim is needed: on Node 20 the SDK parses, validates and serializes without a document
// (only rendering needs one, and we do not render here).
'use strict';
const fs = require('fs');
const path = require('path');
const AC = require(path.join(__dirname, '..', '..', 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.js'));

// Properties the SDK does not model but Teams reads, or that are legitimately absent after a round trip.
const HOST_PROPERTIES = new Set(['$schema', 'msteams']);

function droppedProperties(input, output, where, errors) {
  if (Array.isArray(input)) {
    if (!Array.isArray(output) || output.length !== input.length) {
      errors.push(`${where}: ${input.length} items, the SDK kept ${Array.isArray(output) ? output.length : 0}`);
      return;
    }
    input.forEach((item, i) => droppedProperties(item, output[i], `${where}[${i}]`, errors));
    return;
  }
  if (input === null || typeof input !== 'object') {
    return;
  }
  for (const [key, value] of Object.entries(input)) {
    if (HOST_PROPERTIES.has(key) || key === 'data') {
      continue; // data is opaque: it goes back to the bot as it is.
    }
    if (output === null || typeof output !== 'object' || !(key in output)) {
      if (isDefault(key, value)) {
        continue;
      }
      errors.push(`${where}.${key}: dropped by the SDK (unknown or invalid for version 1.5)`);
      continue;
    }
    droppedProperties(value, output[key], `${where}.${key}`, errors);
  }
}

// The SDK omits properties that equal their defaults when it writes a card back.
function isDefault(key, value) {
  return (key === 'wrap' && value === false)
    || (key === 'isSubtle' && value === false)
    || (key === 'separator' && value === false)
    || (key === 'associatedInputs' && value === 'auto')
    || (key === 'style' && (value === 'default' || value === 'compact'))
    || (key === 'value' && value === '')
    || (key === 'valueOff' && value === 'false')
    || (key === 'valueOn' && value === 'true')
    || (key === 'value' && value === 'false');
}

function validate(card) {
  const errors = [];
  const context = new AC.SerializationContext(new AC.Version(1, 5));
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) {
    errors.push(`parse: ${context.getEventAt(i).message}`);
  }
  const result = parsed.validateProperties();
  for (const event of result.validationEvents) {
    errors.push(`validate: ${event.message}`);
  }
  if (card.version !== '1.5') {
    errors.push(`version: ${card.version}, expected 1.5`);
  }
  const written = parsed.toJSON(new AC.SerializationContext(new AC.Version(1, 5)));
  droppedProperties(card, written, '$', errors);
  return errors;
}

const source = process.argv[2] && process.argv[2] !== '-' ? fs.readFileSync(process.argv[2], 'utf8') : fs.readFileSync(0, 'utf8');
let failed = false;
for (const { name, card } of JSON.parse(source)) {
  let errors;
  try {
    errors = validate(card);
  } catch (e) {
    errors = [`exception: ${e.message}`];
  }
  failed ||= errors.length > 0;
  process.stdout.write(JSON.stringify({ name, errors }) + '\n');
}
process.exit(failed ? 1 : 0);
