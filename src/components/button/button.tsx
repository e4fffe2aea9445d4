import type { ButtonHTMLAttributes } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'warning' | 'inverse';

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  /** The green call to action with an arrow, used once on a start page. */
  isStartButton?: boolean;
};

const variantClass: Record<ButtonVariant, string | undefined> = {
  primary: undefined,
  secondary: 'govuk-button--secondary',
  warning: 'govuk-button--warning',
  inverse: 'govuk-button--inverse',
};

// GOV.UK buttons submit by default because nearly every one is a question page's Continue; pass
// type="button" for anything that must not submit its form.
export function Button({
  variant = 'primary',
  isStartButton = false,
  type = 'submit',
  className,
  children,
  ...rest
}: ButtonProps) {
  const classes = ['govuk-button', variantClass[variant], isStartButton && 'govuk-button--start', className]
    .filter(Boolean)
    .join(' ');
  return (
    <button type={type} className={classes} data-module="govuk-button" {...rest}>
      {children}
      {isStartButton && (
        <svg
          className="govuk-button__start-icon"
          xmlns="http://www.w3.org/2000/svg"
          width="17.5"
          height="19"
          viewBox="0 0 33 40"
          aria-hidden="true"
          focusable="false"
        >
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      )}
    </button>
  );
}
