import { z } from 'zod'

export const signInSchema = z.object({
  username: z
    .string({ error: 'Enter your username' })
    .trim()
    .min(1, 'Enter your username')
    .max(100, 'Enter your username'),
  password: z.string({ error: 'Enter your password' }).min(1, 'Enter your password').max(200, 'Enter your password'),
})

export type SignIn = z.infer<typeof signInSchema>
