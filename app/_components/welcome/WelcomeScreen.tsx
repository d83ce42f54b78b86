"use client";
/** First screen of an empty conversation: what the app does, suggested questions and the corpus timeline. */
import { useLocale } from "../LocaleProvider";
import { SuggestedQuestions } from "./SuggestedQuestions";
import { Timeline } from "./Timeline";

export function WelcomeScreen({ onAsk, disabled }: { onAsk: (text: string) => void; disabled: boolean }) {
  const { t } = useLocale();
  return (
    <div data-welcome className="mx-auto w-full max-w-3xl">
      <h2 className="text-xl font-semibold tracking-tight sm:text-2xl">{t.welcomeTitle}</h2>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t.welcomeBody}</p>
      <SuggestedQuestions onAsk={onAsk} disabled={disabled} />
      <Timeline onAsk={onAsk} disabled={disabled} />
    </div>
  );
}
